// What goes on the invoice, built from the won opportunity alone. Amounts stay exact decimal strings from
// `fromMicros`, never floats, so 250,000,000 VND or 1,234.56 USD print exactly as the CRM holds them.
import type { Opportunity } from 'twenty-sdk'
import { fromMicros } from 'twenty-sdk/mapping'

export interface Invoice {
  /** Derived from the opportunity id, so a redelivered event rewrites the same invoice instead of a second one. */
  number: string
  opportunityId: string
  /** The day the deal was won (the event date), not the day this code ran. */
  issuedOn: string
  dueOn: string
  billTo: { company: string; address: string[]; contact?: string; email?: string }
  lines: { description: string; amount: string }[]
  total: { amount: string; amountMicros: number; currencyCode: string }
}

/** Days between the issue date and the due date. */
export const PAYMENT_TERMS_DAYS = 30

/** Why a won opportunity got no invoice: logged, not retried, since a retry would not fix the data. */
export class NotInvoiceableError extends Error {
  override readonly name = 'NotInvoiceableError'
}

/** Builds the invoice of an opportunity read with `depth: 1` (so its company and point of contact are embedded). */
export function buildInvoice(opportunity: Opportunity, wonAt: string): Invoice {
  const amount = opportunity.amount
  if (amount?.amountMicros == null || !amount.currencyCode) {
    throw new NotInvoiceableError(`Opportunity ${opportunity.id} has no amount to invoice`)
  }
  const company = opportunity.company
  if (!company) throw new NotInvoiceableError(`Opportunity ${opportunity.id} has no company to bill`)
  const address = company.address
  const contact = opportunity.pointOfContact
  const total = fromMicros(amount.amountMicros)
  const issued = new Date(wonAt)
  return {
    number: `INV-${opportunity.id.slice(0, 8).toUpperCase()}`,
    opportunityId: opportunity.id,
    issuedOn: issued.toISOString().slice(0, 10),
    dueOn: new Date(issued.getTime() + PAYMENT_TERMS_DAYS * 86_400_000).toISOString().slice(0, 10),
    billTo: {
      company: company.name ?? '',
      address: [
        address?.addressStreet1,
        address?.addressStreet2,
        [[address?.addressCity, address?.addressState].filter(Boolean).join(', '), address?.addressPostcode]
          .filter(Boolean)
          .join(' '),
        address?.addressCountry,
      ].filter((line): line is string => Boolean(line)),
      ...(contact?.name ? { contact: `${contact.name.firstName} ${contact.name.lastName}`.trim() } : {}),
      ...(contact?.emails?.primaryEmail ? { email: contact.emails.primaryEmail } : {}),
    },
    lines: [{ description: opportunity.name ?? 'Services', amount: total }],
    total: { amount: total, amountMicros: amount.amountMicros, currencyCode: amount.currencyCode },
  }
}
