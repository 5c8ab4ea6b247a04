import type { Parameter } from '../../format/types.js'
import { fieldsOf, type Schemas } from './typed-fields.js'

// Sub-fields of Twenty's composite types, for interfaces (what a module outputs) and for inputs (what a user
// maps). Inputs leave out what Twenty computes or what a Make user rarely sets (secondary links, additional
// phones), and are checked against the SDK's types like everything else.

export const fullNameFields = fieldsOf<Schemas['FullName']>([
  { name: 'firstName', type: 'text', label: 'First name' },
  { name: 'lastName', type: 'text', label: 'Last name' },
])

export const emailsFields = fieldsOf<Schemas['Emails']>([
  { name: 'primaryEmail', type: 'email', label: 'Primary email' },
  {
    name: 'additionalEmails',
    type: 'array',
    label: 'Additional emails',
    spec: { name: 'value', type: 'email', label: 'Email' },
  },
])

export const phonesFields = fieldsOf<Schemas['Phones']>([
  {
    name: 'primaryPhoneNumber',
    type: 'text',
    label: 'Primary phone number',
    help: 'With its calling code (+84 912 345 678): Twenty fills in the calling code and country. Or as dialled at home (0912 345 678) with the country code or calling code below; without either Twenty refuses it.',
  },
  {
    name: 'primaryPhoneCountryCode',
    type: 'text',
    label: 'Country code',
    help: 'ISO 3166 alpha-2, such as VN.',
  },
  { name: 'primaryPhoneCallingCode', type: 'text', label: 'Calling code', help: 'Such as +84.' },
])

/** Additional phones as Twenty returns them (outputs); inputs leave them out. */
export const phonesOutputFields: Parameter[] = [
  ...phonesFields,
  ...fieldsOf<Schemas['Phones']>([
    {
      name: 'additionalPhones',
      type: 'array',
      label: 'Additional phones',
      spec: fieldsOf<Schemas['AdditionalPhone']>([
        { name: 'number', type: 'text', label: 'Phone number' },
        { name: 'countryCode', type: 'text', label: 'Country code', help: 'ISO 3166 alpha-2, such as VN.' },
        { name: 'callingCode', type: 'text', label: 'Calling code', help: 'Such as +84.' },
      ]),
    },
  ]),
]

export const linksFields = fieldsOf<Schemas['Links']>([
  { name: 'primaryLinkUrl', type: 'url', label: 'URL' },
  { name: 'primaryLinkLabel', type: 'text', label: 'Label' },
])

/** Links as Twenty returns them (outputs), with the secondary links inputs leave out. */
export const linksOutputFields: Parameter[] = [
  ...linksFields,
  ...fieldsOf<Schemas['Links']>([
    {
      name: 'secondaryLinks',
      type: 'array',
      label: 'Secondary links',
      spec: fieldsOf<Schemas['LinkItem']>([
        { name: 'url', type: 'url', label: 'URL' },
        { name: 'label', type: 'text', label: 'Label' },
      ]),
    },
  ]),
]

/** A CURRENCY as Twenty returns it (outputs): the amount in micros, as Twenty stores it. */
export const currencyFields = fieldsOf<Schemas['Currency']>([
  {
    name: 'amountMicros',
    type: 'number',
    label: 'Amount (in millionths)',
    help: 'The amount in millionths of a unit ("micros"), as Twenty stores amounts: 1,250.50 USD is 1250500000. The amount in units is output next to this collection.',
  },
  { name: 'currencyCode', type: 'text', label: 'Currency code', help: 'ISO 4217, such as USD or VND.' },
])

/**
 * The sub-field of a CURRENCY input that holds the amount in units. Not one of Twenty's sub-fields: modules
 * convert it to `amountMicros` (see withAmountInMicros). Named apart from `amountMicros` on purpose, so a
 * scenario that mapped micros before loses the mapping instead of silently sending a million times the amount.
 */
export const AMOUNT_IN_UNITS = 'amount'

/** A CURRENCY as a user types it (inputs): the amount in units, such as 2500.50, and its currency. */
export const currencyInputFields: Parameter[] = [
  {
    name: AMOUNT_IN_UNITS,
    type: 'number',
    label: 'Amount',
    help: 'In units of the currency, such as 2500.50 for 2,500.50 USD. Make sends it to Twenty in millionths of a unit (2500500000), as Twenty stores amounts, rounded to the nearest millionth.',
  },
  ...fieldsOf<Schemas['Currency']>([
    { name: 'currencyCode', type: 'text', label: 'Currency code', help: 'ISO 4217, such as USD or VND.' },
  ]),
]

export const addressFields = fieldsOf<Schemas['Address']>([
  { name: 'addressStreet1', type: 'text', label: 'Street' },
  { name: 'addressStreet2', type: 'text', label: 'Street (line 2)' },
  { name: 'addressCity', type: 'text', label: 'City' },
  { name: 'addressState', type: 'text', label: 'State' },
  { name: 'addressPostcode', type: 'text', label: 'Postcode' },
  { name: 'addressCountry', type: 'text', label: 'Country' },
])

/** An address as Twenty returns it (outputs), with the coordinates Twenty computes. */
export const addressOutputFields: Parameter[] = [
  ...addressFields,
  ...fieldsOf<Schemas['Address']>([
    { name: 'addressLat', type: 'number', label: 'Latitude' },
    { name: 'addressLng', type: 'number', label: 'Longitude' },
  ]),
]

export const richTextFields = fieldsOf<Schemas['RichTextV2']>([
  { name: 'markdown', type: 'text', label: 'Markdown' },
  {
    name: 'blocknote',
    type: 'text',
    label: "Rich text (Twenty's editor format)",
    help: "The body as JSON in the format of Twenty's text editor (BlockNote), with its formatting. Markdown holds the same text.",
  },
])

/** A RICH_TEXT_V2 as a user types it (inputs): Markdown, which Twenty keeps as formatting. */
export const markdownBodyFields = fieldsOf<Schemas['RichTextV2']>([
  { name: 'markdown', type: 'text', label: 'Markdown', help: 'Such as: Call **Linh** about the order.' },
])

/** Who created or last updated a record (outputs only). */
export const actorFields = fieldsOf<Schemas['Actor']>([
  {
    name: 'source',
    type: 'text',
    label: 'Source',
    help: 'How the change was made: MANUAL (in the app), API, IMPORT, EMAIL, CALENDAR, WORKFLOW, AGENT, WEBHOOK or SYSTEM.',
  },
  { name: 'name', type: 'text', label: 'Name', help: 'The workspace member, or the API key, that made it.' },
  { name: 'workspaceMemberId', type: 'uuid', label: 'Workspace member ID' },
  {
    name: 'context',
    type: 'collection',
    label: 'Context',
    help: 'Details of the source, such as the email or calendar provider; often empty.',
    spec: [],
  },
])

/** A collection parameter made of a composite's sub-fields. */
export function composite<N extends string>(
  name: N,
  label: string,
  spec: Parameter[],
  help?: string,
): Parameter & { name: N } {
  return help === undefined
    ? { name, type: 'collection', label, spec }
    : { name, type: 'collection', label, help, spec }
}
