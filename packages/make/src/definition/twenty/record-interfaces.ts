import type { Parameter } from '../../format/types.js'
import {
  actorFields,
  addressOutputFields,
  composite,
  currencyFields,
  emailsFields,
  fullNameFields,
  linksOutputFields,
  phonesOutputFields,
  richTextFields,
} from './composite-fields.js'
import { fieldsOf, type Schemas } from './typed-fields.js'

// What each module outputs: Twenty's records as its REST API returns them (depth 0), field names checked
// against the SDK's response types.

// Every standard record carries these; the person's type stands for all of them.
const systemFields = fieldsOf<Schemas['PersonForResponse']>([
  { name: 'id', type: 'uuid', label: 'ID' },
  { name: 'createdAt', type: 'date', label: 'Created at' },
  { name: 'updatedAt', type: 'date', label: 'Updated at' },
  {
    name: 'deletedAt',
    type: 'date',
    label: 'Deleted at',
    help: 'When the record was moved to the trash; empty otherwise.',
  },
])

// Who created and who last updated the record: listed last in every interface, after the record's own fields.
const actors = fieldsOf<Schemas['PersonForResponse']>([
  composite('createdBy', 'Created by', actorFields),
  composite('updatedBy', 'Updated by', actorFields),
])

export const personInterface: Parameter[] = [
  ...systemFields,
  ...fieldsOf<Schemas['PersonForResponse']>([
    composite('name', 'Name', fullNameFields),
    composite('emails', 'Emails', emailsFields),
    composite('phones', 'Phones', phonesOutputFields),
    { name: 'jobTitle', type: 'text', label: 'Job title' },
    { name: 'city', type: 'text', label: 'City' },
    { name: 'avatarUrl', type: 'url', label: 'Avatar URL' },
    composite('linkedinLink', 'LinkedIn', linksOutputFields),
    composite('xLink', 'X', linksOutputFields),
    { name: 'companyId', type: 'uuid', label: 'Company ID' },
    { name: 'position', type: 'number', label: 'Position' },
  ]),
  ...actors,
]

// Derived fields, not Twenty's: amounts in units, named as the Zapier app names them (see amountInUnits).
const arrInUnits: Parameter = {
  name: 'annualRecurringRevenueAmount',
  type: 'number',
  label: 'Annual recurring revenue (in units)',
}
const amountValue: Parameter = { name: 'amountValue', type: 'number', label: 'Amount (in units)' }

/** The fields the app adds to Twenty's records; a record Twenty sends itself (a webhook's) has none of them. */
export const derivedFieldNames: readonly string[] = [arrInUnits.name, amountValue.name]

export const companyInterface: Parameter[] = [
  ...systemFields,
  ...fieldsOf<Schemas['CompanyForResponse']>([
    { name: 'name', type: 'text', label: 'Name' },
    composite('domainName', 'Domain', linksOutputFields),
    { name: 'employees', type: 'integer', label: 'Employees' },
    composite('linkedinLink', 'LinkedIn', linksOutputFields),
    composite('xLink', 'X', linksOutputFields),
    composite('annualRecurringRevenue', 'Annual recurring revenue', currencyFields),
  ]),
  arrInUnits,
  ...fieldsOf<Schemas['CompanyForResponse']>([
    composite('address', 'Address', addressOutputFields),
    { name: 'idealCustomerProfile', type: 'boolean', label: 'Ideal customer profile' },
    { name: 'accountOwnerId', type: 'uuid', label: 'Account owner ID' },
    { name: 'position', type: 'number', label: 'Position' },
  ]),
  ...actors,
]

export const opportunityInterface: Parameter[] = [
  ...systemFields,
  ...fieldsOf<Schemas['OpportunityForResponse']>([
    { name: 'name', type: 'text', label: 'Name' },
    composite('amount', 'Amount', currencyFields),
  ]),
  amountValue,
  ...fieldsOf<Schemas['OpportunityForResponse']>([
    { name: 'closeDate', type: 'date', label: 'Close date' },
    { name: 'stage', type: 'text', label: 'Stage' },
    { name: 'pointOfContactId', type: 'uuid', label: 'Point of contact ID' },
    { name: 'companyId', type: 'uuid', label: 'Company ID' },
    { name: 'position', type: 'number', label: 'Position' },
  ]),
  ...actors,
]

export const taskInterface: Parameter[] = [
  ...systemFields,
  ...fieldsOf<Schemas['TaskForResponse']>([
    { name: 'title', type: 'text', label: 'Title' },
    composite('bodyV2', 'Body', richTextFields),
    { name: 'dueAt', type: 'date', label: 'Due at' },
    { name: 'status', type: 'text', label: 'Status' },
    { name: 'assigneeId', type: 'uuid', label: 'Assignee ID' },
    { name: 'position', type: 'number', label: 'Position' },
  ]),
  ...actors,
]

export const noteInterface: Parameter[] = [
  ...systemFields,
  ...fieldsOf<Schemas['NoteForResponse']>([
    { name: 'title', type: 'text', label: 'Title' },
    composite('bodyV2', 'Body', richTextFields),
    { name: 'position', type: 'number', label: 'Position' },
  ]),
  ...actors,
]
