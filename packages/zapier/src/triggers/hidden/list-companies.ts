import { dropdownPage } from '../newest-first.js'
import { dropdownTrigger, pageOf } from './dropdown-trigger.js'

/** Companies for the company dropdowns, by name. */
export const listCompanies = dropdownTrigger('list_companies', 'Companies', async (twenty, bundle, z) => {
  const companies = await dropdownPage(
    twenty.companies,
    pageOf(bundle.meta),
    { name: 'AscNullsLast' },
    z.cursor,
  )
  return companies.map((company) => ({
    id: company.id,
    name: company.name || company.domainName?.primaryLinkUrl || company.id,
    label: company.name || company.domainName?.primaryLinkUrl || company.id,
  }))
})
