import type { ModuleDefinition } from '../app-definition.js'
import { CURSOR_PAGINATION, orderBy, PAGE_SIZE } from '../twenty/iml-snippets.js'
import { personInterface } from '../twenty/record-interfaces.js'
import { personSample } from '../twenty/record-samples.js'

// IML has no string concatenation, so each filter is a template whose placeholders `replace` fills in. Emails
// cannot contain `<` or `>`, so filling the email first can never touch the name's placeholder.
const byEmail = 'emails.primaryEmail[eq]:"<EMAIL>"'
const byName = 'or(name.firstName[ilike]:"%<NAME>%",name.lastName[ilike]:"%<NAME>%")'
const fill = (template: string, placeholder: string, value: string) =>
  `replace(${template}, '/${placeholder}/g', ${value})`
const email = (template: string) => fill(`'${template}'`, '<EMAIL>', 'parameters.email')
const name = (template: string) => fill(template, '<NAME>', 'parameters.name')

/** Both given: both must match; one given: that one; none: no filter, so every person (newest first). */
const FILTER = `{{if(parameters.email, if(parameters.name, ${name(email(`${byEmail},${byName}`))}, ${email(byEmail)}), if(parameters.name, ${name(`'${byName}'`)}, undefined))}}`

/** Finds people by exact primary email and/or by a text contained in the first or last name. */
export const searchPeople: ModuleDefinition = {
  id: 'searchPeople',
  label: 'Search People',
  description: 'Finds people by email or name, newest first.',
  type: 'search',
  connection: 'twentyApiKey',
  communication: {
    url: '/rest/people',
    method: 'GET',
    qs: {
      filter: FILTER,
      order_by: orderBy('createdAt', 'DescNullsLast'),
      limit: `{{min(parameters.limit, ${PAGE_SIZE})}}`,
    },
    pagination: CURSOR_PAGINATION,
    response: { iterate: '{{body.data.people}}', output: '{{item}}', limit: '{{parameters.limit}}' },
  },
  mappableParams: [
    { name: 'email', type: 'email', label: 'Email', help: 'Matches the primary email exactly.' },
    {
      name: 'name',
      type: 'text',
      label: 'Name',
      help: 'Matches people whose first or last name contains this text.',
    },
    {
      name: 'limit',
      type: 'uinteger',
      label: 'Limit',
      help: 'The most people to return.',
      default: 10,
      required: true,
      validate: { min: 1 },
    },
  ],
  interface: personInterface,
  samples: personSample,
}
