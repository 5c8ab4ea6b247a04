import type { Search } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import { invalidInput, text } from '../fields/values.js'
import { personOutputFields, personSample } from '../objects/person.js'

// Enough candidates to find the exact match among near ones (ILIKE treats `_` in an address as a wildcard).
const CANDIDATES = 10

/**
 * Finds the person with a primary email, ignoring case (people type emails in any case). Returns at most one
 * person, as Zapier uses the first result anyway; an empty list means "not found".
 */
export const findPerson = {
  key: 'find_person',
  noun: 'Person',
  display: { label: 'Find Person', description: 'Finds a person in Twenty by email.' },
  operation: {
    inputFields: [
      {
        key: 'email',
        label: 'Email',
        required: true,
        helpText: 'The primary email of the person, e.g. linh@example.com; case does not matter.',
      },
    ],
    perform: withTwenty(
      async (twenty, bundle) => {
        const email = text(bundle.inputData.email)
        if (email === undefined) throw invalidInput('email', 'Enter the email to look for')
        const { data } = await twenty.people.list({
          filter: { emails: { primaryEmail: { ilike: email } } },
          orderBy: { createdAt: 'AscNullsLast' },
          limit: CANDIDATES,
        })
        const match = data.find(
          (person) => person.emails?.primaryEmail?.toLowerCase() === email.toLowerCase(),
        )
        return match ? [match] : []
      },
      { labels: { email: 'Email' } },
    ),
    outputFields: personOutputFields,
    sample: personSample,
  },
} satisfies Search
