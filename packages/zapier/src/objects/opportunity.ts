import type { OpportunityInput } from 'twenty-sdk'
import type { PlainInputField, PlainOutputField } from 'zapier-platform-core'
import { amountOf, toMoney } from '../fields/money.js'
import { recordId } from '../fields/record-id.js'
import { selectValue } from '../fields/select-value.js'
import { compact, text } from '../fields/values.js'

// How a Twenty opportunity (deal) looks in Zapier: input fields, the SDK input they become, outputs, sample.

/** The stage: a dropdown of the connected workspace's own stages, the standard ones and any it added. */
export const stageField: PlainInputField = {
  key: 'stage',
  label: 'Stage',
  dynamic: 'list_opportunity_stages.id.label',
  helpText: 'A stage of your workspace\'s pipeline. Pick one, or map a stage name such as "Proposal".',
}

/** The optional fields shared by Create Opportunity and Update Opportunity. */
export const opportunityDetailFields: PlainInputField[] = [
  {
    key: 'amount',
    label: 'Amount',
    type: 'number',
    helpText:
      'The deal value as a plain number in the Currency below, e.g. 2500.50: no currency sign, not in cents.',
  },
  {
    key: 'currency',
    label: 'Currency',
    default: 'USD',
    helpText: 'A three-letter currency code, e.g. USD, EUR or VND.',
  },
  {
    key: 'closeDate',
    label: 'Close Date',
    type: 'datetime',
    helpText:
      'When the deal should close: a date (2026-12-15), a date and time with its time zone ' +
      '(2026-12-15T17:00:00+07:00), or words Zapier reads as a date, such as "next Friday".',
  },
  {
    key: 'companyId',
    label: 'Company',
    dynamic: 'list_companies.id.name',
    search: 'find_company.id',
    helpText: 'The company the deal is with. Pick one, or map a company ID from an earlier step.',
  },
  {
    key: 'pointOfContactId',
    label: 'Point of Contact',
    dynamic: 'list_people.id.label',
    search: 'find_person.id',
    helpText: 'The person you deal with. Pick one, or map a person ID from an earlier step.',
  },
]

/** Zapier labels by SDK input path, for error messages. */
export const opportunityLabels: Readonly<Record<string, string>> = {
  name: 'Name',
  stage: 'Stage',
  amount: 'Amount',
  'amount.currencyCode': 'Currency',
  closeDate: 'Close Date',
  companyId: 'Company',
  pointOfContactId: 'Point of Contact',
}

/** The SDK input for the fields a Zap filled in; empty fields are left out (so an update keeps them). */
export function toOpportunityInput(data: Record<string, unknown>): OpportunityInput {
  return compact({
    name: text(data.name),
    stage: selectValue(data.stage),
    amount: toMoney(data.amount, data.currency, 'amount'),
    closeDate: text(data.closeDate),
    companyId: recordId(data.companyId, 'companyId'),
    pointOfContactId: recordId(data.pointOfContactId, 'pointOfContactId'),
  }) as OpportunityInput
}

/** An opportunity as steps return it: Twenty's record plus the amount in units. */
export function opportunityOutput<T extends Record<string, unknown>>(
  record: T,
): T & { amountValue: number | null } {
  return { ...record, amountValue: amountOf(record.amount) }
}

export const opportunityOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Opportunity ID', type: 'string' },
  { key: 'name', label: 'Name', type: 'string' },
  { key: 'stage', label: 'Stage', type: 'string' },
  { key: 'amountValue', label: 'Amount', type: 'number' },
  { key: 'amount__amountMicros', label: 'Amount in Millionths (Micros)', type: 'integer' },
  { key: 'amount__currencyCode', label: 'Currency', type: 'string' },
  { key: 'closeDate', label: 'Close Date', type: 'datetime' },
  { key: 'companyId', label: 'Company ID', type: 'string' },
  { key: 'pointOfContactId', label: 'Point of Contact ID', type: 'string' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
]

/** An opportunity as Twenty's REST API returns it just after this app created it, plus the amount in units. */
export const opportunitySample = {
  id: '8c4d2e1f-6a5b-4c3d-9e8f-0a1b2c3d4e5f',
  name: 'Wholesale contract 2027',
  amount: { amountMicros: 250_000_000_000, currencyCode: 'USD' },
  amountValue: 250_000,
  closeDate: '2026-12-15T00:00:00.000Z',
  stage: 'CUSTOMER',
  position: 2,
  companyId: '2a7e5c1d-8b4f-4e3a-a6d9-7c0b1e2f3a4b',
  pointOfContactId: '6f1c2b9e-4d3a-4b8e-9c7d-1a2b3c4d5e6f',
  createdBy: { source: 'API', workspaceMemberId: null, name: 'Zapier', context: {} },
  updatedBy: { source: 'API', workspaceMemberId: null, name: 'Zapier', context: {} },
  createdAt: '2026-11-21T14:32:05.000Z',
  updatedAt: '2026-11-21T14:32:05.000Z',
  deletedAt: null,
}
