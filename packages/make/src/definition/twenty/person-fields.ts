import { composite, emailsFields, fullNameFields, linksFields, phonesFields } from './composite-fields.js'
import { type FieldOf, fieldsOf, type Schemas } from './typed-fields.js'

// The inputs Create a person and Update a person share, as the Zapier app shares personInputFields. The name comes
// apart because each module explains in its own words what happens when it is left empty.

/** The name, as Twenty's FULL_NAME: first and last name, with the module's own help. */
export function personNameParam(help: string): FieldOf<Schemas['PersonForUpdate']> {
  return composite('name', 'Name', fullNameFields, help)
}

/** Emails, phones, job title, city, links and company. */
export const personDetailParams = fieldsOf<Schemas['PersonForUpdate']>([
  composite('emails', 'Emails', emailsFields, 'The primary email is unique in a workspace.'),
  composite('phones', 'Phones', phonesFields),
  { name: 'jobTitle', type: 'text', label: 'Job title' },
  { name: 'city', type: 'text', label: 'City' },
  composite('linkedinLink', 'LinkedIn', linksFields),
  composite('xLink', 'X', linksFields),
  {
    name: 'companyId',
    type: 'select',
    label: 'Company ID',
    options: 'rpc://listCompanies',
    help: 'Or map a company ID.',
  },
])
