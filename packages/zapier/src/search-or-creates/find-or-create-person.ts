import type { SearchOrCreate } from 'zapier-platform-core'

/** Find Person by email, or Create Person when there is none: keyed by the search, as Zapier requires. */
export const findOrCreatePerson = {
  key: 'find_person',
  display: {
    label: 'Find or Create Person',
    description: 'Finds a person by email, or creates one when there is none.',
  },
  search: 'find_person',
  create: 'create_person',
} satisfies SearchOrCreate
