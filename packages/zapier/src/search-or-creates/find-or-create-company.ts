import type { SearchOrCreate } from 'zapier-platform-core'

/** Find Company by domain, or Create Company when there is none: keyed by the search, as Zapier requires. */
export const findOrCreateCompany = {
  key: 'find_company',
  display: {
    label: 'Find or Create Company',
    description: 'Finds a company by domain, or creates one when there is none.',
  },
  search: 'find_company',
  create: 'create_company',
} satisfies SearchOrCreate
