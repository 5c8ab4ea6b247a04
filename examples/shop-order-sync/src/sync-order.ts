// One Shopify order becomes a person (upserted by email: the same customer across orders is one person) and an
// opportunity holding the order total in the order's own currency, won once the order is paid.
import type { OpportunityInput, OpportunityStage, PersonInput, TwentyClient } from 'twenty-sdk'
import {
  type CountryCode,
  type EmailsValue,
  type FullNameValue,
  isTwentyMappingError,
  type PhonesValue,
  toEmails,
  toIsoDate,
  toMoney,
  toPhones,
} from 'twenty-sdk/mapping'
import { v5 as uuidv5 } from 'uuid'
import type { ShopifyOrder } from './shopify-order.js'

// Our own namespace for opportunity ids derived from Shopify order ids; never change it once live.
const ID_NAMESPACE = '9b2e4f60-1c3d-4e8a-b7f5-2d6c8a0e1f34'

export type SyncResult =
  | { status: 'synced'; order: string; personId: string; opportunityId: string; warnings: string[] }
  | { status: 'skipped'; order: string; reason: string }
  /** The order's data cannot be stored as it is (a date or an amount Shopify should not send); nothing was written. */
  | { status: 'invalid'; order: string; reason: string }

/** What one order becomes, computed in full before anything is written for it. */
interface MappedOrder {
  person: PersonInput & { emails: EmailsValue }
  opportunity: Omit<OpportunityInput, 'pointOfContactId'> & { id: string }
  warnings: string[]
}

/**
 * Syncs one order; safe to run again for the same order (Shopify sends `orders/updated` after payment,
 * refunds and edits, and redelivers on timeouts). The opportunity id is derived from the Shopify order id and
 * written with `upsert`, so every later version of the order updates the same opportunity. An order whose
 * fields cannot be mapped comes back `invalid` with the reason, before anything is written for it. A customer or
 * an opportunity deleted in the CRM is restored from the trash by the upsert, with a warning saying so.
 */
export async function syncOrder(twenty: TwentyClient, order: ShopifyOrder): Promise<SyncResult> {
  const mapped = mapOrder(order)
  if ('status' in mapped) return mapped
  const email = mapped.person.emails.primaryEmail
  // Twenty's upsert also matches records in the trash and restores them, silently: look first, to say so. A read
  // sees the trash only when its filter names `deletedAt`.
  const inTrash = { deletedAt: { is: 'NOT_NULL' } } as const
  const [trashedPeople, trashedDeals] = await Promise.all([
    twenty.people.list({ filter: { emails: { primaryEmail: { eq: email } }, ...inTrash }, limit: 1 }),
    twenty.opportunities.list({ filter: { id: { eq: mapped.opportunity.id }, ...inTrash }, limit: 1 }),
  ])
  const person = await twenty.people.upsert(mapped.person)
  const opportunity = await twenty.opportunities.upsert({
    ...mapped.opportunity,
    pointOfContactId: person.id,
  })
  const warnings = [...mapped.warnings]
  // A live person with the email wins Twenty's match over a trashed one.
  if (trashedPeople.data[0]?.id === person.id)
    warnings.push(`customer ${email} was in the trash and is restored`)
  if (trashedDeals.data[0])
    warnings.push(`opportunity ${mapped.opportunity.name} was in the trash and is restored`)
  return {
    status: 'synced',
    order: order.name,
    personId: person.id,
    opportunityId: opportunity.id,
    warnings,
  }
}

function mapOrder(order: ShopifyOrder): MappedOrder | Exclude<SyncResult, { status: 'synced' }> {
  // `||`, not `??`: an order whose `email` is "" still has its customer's email to match on.
  const email = order.email || order.customer?.email
  // A POS sale or a draft without an email has no one to match on; creating a nameless person would duplicate.
  if (!email)
    return { status: 'skipped', order: order.name, reason: 'no customer email to match a person on' }
  const warnings: string[] = []
  const address = order.billing_address
  try {
    const phones = readPhones(order, warnings)
    const name = nameOf(order)
    return {
      person: {
        // Left out when the order has no names, so upserting a known customer keeps the name stored for them.
        ...(name ? { name } : {}),
        emails: toEmails(email, undefined, { field: 'email' }),
        ...(phones ? { phones } : {}),
        ...(address?.city ? { city: address.city } : {}),
      },
      opportunity: {
        id: uuidv5(`shopify:order:${order.id}`, ID_NAMESPACE),
        name: `Shopify order ${order.name}`,
        amount: toMoney(order.current_total_price ?? order.total_price, order.currency, {
          field: 'current_total_price',
        }),
        stage: stageOf(order),
        closeDate: toIsoDate(order.processed_at, { field: 'processed_at' }),
      },
      warnings,
    }
  } catch (error) {
    if (!isTwentyMappingError(error)) throw error
    return { status: 'invalid', order: order.name, reason: `${error.field}: ${error.message}` }
  }
}

/** The parts of the name the order carries; a part it lacks is left out, so the stored one stays. */
function nameOf(order: ShopifyOrder): Partial<FullNameValue> | undefined {
  const firstName = (order.customer?.first_name || order.billing_address?.first_name)?.trim()
  const lastName = (order.customer?.last_name || order.billing_address?.last_name)?.trim()
  if (!firstName && !lastName) return undefined
  return { ...(firstName ? { firstName } : {}), ...(lastName ? { lastName } : {}) }
}

/** Paid orders are won deals; anything not yet paid is still a proposal. */
function stageOf(order: ShopifyOrder): OpportunityStage {
  return order.financial_status === 'paid' || order.financial_status === 'partially_refunded'
    ? 'CUSTOMER'
    : 'PROPOSAL'
}

// Shoppers type phones freely ("0903 123 456"); read them in the billing country. A bad phone should not lose
// the order, so it is left out with a warning instead.
function readPhones(order: ShopifyOrder, warnings: string[]): PhonesValue | undefined {
  const phone = order.customer?.phone ?? order.billing_address?.phone
  if (!phone) return undefined
  try {
    const country = order.billing_address?.country_code ?? undefined
    return toPhones(phone, { defaultCountry: country as CountryCode | undefined })
  } catch (error) {
    if (!isTwentyMappingError(error)) throw error
    warnings.push(`phone left out: ${error.message}`)
    return undefined
  }
}
