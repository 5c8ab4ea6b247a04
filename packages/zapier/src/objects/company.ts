import type { CompanyInput } from 'twenty-sdk'
import type { PlainInputField, PlainOutputField } from 'zapier-platform-core'
import { websiteUrl } from '../fields/domain.js'
import { amountOf, toMoney } from '../fields/money.js'
import { recordId } from '../fields/record-id.js'
import { booleanValue, compact, text, wholeNumberValue } from '../fields/values.js'

// How a Twenty company looks in Zapier: input fields, the SDK input they become, output fields and a sample.

/** The optional fields of a company, after its name; Create Company and Update Company share them. */
export const companyDetailFields: PlainInputField[] = [
  {
    key: 'domain',
    label: 'Domain',
    placeholder: 'acme.com',
    helpText:
      'The website, e.g. acme.com, or an email address at it. Twenty keeps one company per domain; Find Company ' +
      'searches by it.',
  },
  {
    key: 'employees',
    label: 'Employees',
    type: 'integer',
    helpText: 'The number of employees as a whole number, e.g. 48 or 1200.',
  },
  {
    key: 'linkedinUrl',
    label: 'LinkedIn URL',
    helpText: "The company's LinkedIn page, e.g. https://www.linkedin.com/company/acme.",
  },
  {
    key: 'annualRecurringRevenue',
    label: 'Annual Recurring Revenue',
    type: 'number',
    helpText:
      'The yearly revenue as a plain number in the ARR Currency, e.g. 120000: no currency sign, not in cents.',
  },
  {
    key: 'currency',
    label: 'ARR Currency',
    default: 'USD',
    helpText: 'A three-letter currency code, e.g. USD, EUR or VND.',
  },
  { key: 'addressStreet1', label: 'Address Street 1', helpText: 'Street and number, e.g. 12 Nguyen Hue.' },
  { key: 'addressStreet2', label: 'Address Street 2', helpText: 'Building, floor or suite, if any.' },
  { key: 'addressCity', label: 'Address City', helpText: 'The city, e.g. Ho Chi Minh City.' },
  { key: 'addressState', label: 'Address State', helpText: 'State, province or region, if any.' },
  { key: 'addressPostcode', label: 'Address Postcode', helpText: 'ZIP or postal code, e.g. 700000.' },
  { key: 'addressCountry', label: 'Address Country', helpText: 'The country name, e.g. Vietnam.' },
  {
    key: 'idealCustomerProfile',
    label: 'Ideal Customer Profile',
    type: 'boolean',
    helpText: 'Yes if the company fits your ideal customer profile.',
  },
  {
    key: 'accountOwnerId',
    label: 'Account Owner',
    dynamic: 'list_workspace_members.id.label',
    helpText: 'The workspace member who owns this account.',
  },
]

/** Fields to create a company; Create Company and Find or Create Company share them. */
export const companyInputFields: PlainInputField[] = [
  { key: 'name', label: 'Name', required: true, helpText: 'The company name, e.g. Saigon Coffee Roasters.' },
  ...companyDetailFields,
]

/** Zapier labels by SDK input path, for error messages. */
export const companyLabels: Readonly<Record<string, string>> = {
  name: 'Name',
  domainName: 'Domain',
  employees: 'Employees',
  linkedinLink: 'LinkedIn URL',
  annualRecurringRevenue: 'Annual Recurring Revenue',
  'annualRecurringRevenue.currencyCode': 'ARR Currency',
  address: 'Address',
  'address.addressPostcode': 'Address Postcode',
  idealCustomerProfile: 'Ideal Customer Profile',
  accountOwnerId: 'Account Owner',
}

/** The SDK input for the fields a Zap filled in; empty fields are left out (so an update keeps them). */
export function toCompanyInput(data: Record<string, unknown>): CompanyInput {
  return compact({
    name: text(data.name),
    domainName: { primaryLinkUrl: websiteUrl(data.domain, 'domainName') },
    employees: wholeNumberValue(data.employees, 'employees'),
    linkedinLink: { primaryLinkUrl: text(data.linkedinUrl) },
    annualRecurringRevenue: toMoney(data.annualRecurringRevenue, data.currency, 'annualRecurringRevenue'),
    address: {
      addressStreet1: text(data.addressStreet1),
      addressStreet2: text(data.addressStreet2),
      addressCity: text(data.addressCity),
      addressState: text(data.addressState),
      addressPostcode: text(data.addressPostcode),
      addressCountry: text(data.addressCountry),
    },
    idealCustomerProfile: booleanValue(data.idealCustomerProfile, 'idealCustomerProfile'),
    accountOwnerId: recordId(data.accountOwnerId, 'accountOwnerId'),
  }) as CompanyInput
}

/** A company as steps return it: Twenty's record plus the ARR in units, which Zaps can map directly. */
export function companyOutput<T extends Record<string, unknown>>(
  company: T,
): T & { annualRecurringRevenueAmount: number | null } {
  return { ...company, annualRecurringRevenueAmount: amountOf(company.annualRecurringRevenue) }
}

export const companyOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Company ID', type: 'string' },
  { key: 'name', label: 'Name', type: 'string' },
  { key: 'domainName__primaryLinkUrl', label: 'Domain', type: 'string' },
  { key: 'employees', label: 'Employees', type: 'integer' },
  { key: 'linkedinLink__primaryLinkUrl', label: 'LinkedIn URL', type: 'string' },
  { key: 'annualRecurringRevenueAmount', label: 'Annual Recurring Revenue', type: 'number' },
  { key: 'annualRecurringRevenue__amountMicros', label: 'ARR in Millionths (Micros)', type: 'integer' },
  { key: 'annualRecurringRevenue__currencyCode', label: 'ARR Currency', type: 'string' },
  { key: 'address__addressStreet1', label: 'Address Street 1', type: 'string' },
  { key: 'address__addressStreet2', label: 'Address Street 2', type: 'string' },
  { key: 'address__addressCity', label: 'Address City', type: 'string' },
  { key: 'address__addressState', label: 'Address State', type: 'string' },
  { key: 'address__addressPostcode', label: 'Address Postcode', type: 'string' },
  { key: 'address__addressCountry', label: 'Address Country', type: 'string' },
  { key: 'idealCustomerProfile', label: 'Ideal Customer Profile', type: 'boolean' },
  { key: 'accountOwnerId', label: 'Account Owner ID', type: 'string' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
]

/** A company as Twenty's REST API returns it, plus the ARR in units. */
export const companySample = {
  id: '2a7e5c1d-8b4f-4e3a-a6d9-7c0b1e2f3a4b',
  name: 'Saigon Coffee Roasters',
  domainName: { primaryLinkUrl: 'https://saigoncoffee.example', primaryLinkLabel: '', secondaryLinks: null },
  employees: 48,
  linkedinLink: {
    primaryLinkUrl: 'https://www.linkedin.com/company/saigon-coffee',
    primaryLinkLabel: '',
    secondaryLinks: null,
  },
  xLink: { primaryLinkUrl: '', primaryLinkLabel: '', secondaryLinks: null },
  annualRecurringRevenue: { amountMicros: 1_200_000_000_000, currencyCode: 'USD' },
  annualRecurringRevenueAmount: 1_200_000,
  address: {
    addressStreet1: '12 Nguyen Hue',
    addressStreet2: '',
    addressCity: 'Ho Chi Minh City',
    addressState: '',
    addressPostcode: '700000',
    addressCountry: 'Vietnam',
    addressLat: null,
    addressLng: null,
  },
  idealCustomerProfile: true,
  accountOwnerId: null,
  position: 1,
  createdBy: { source: 'API', workspaceMemberId: null, name: 'Zapier', context: {} },
  updatedBy: { source: 'API', workspaceMemberId: null, name: 'Zapier', context: {} },
  createdAt: '2026-11-18T02:40:11.000Z',
  updatedAt: '2026-11-19T10:05:42.000Z',
  deletedAt: null,
}
