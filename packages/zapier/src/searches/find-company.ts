import type { Search } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import { hostOf } from '../fields/domain.js'
import { invalidInput, text } from '../fields/values.js'
import { companyOutput, companyOutputFields, companySample } from '../objects/company.js'

// Enough candidates to find the exact domain among those that merely contain it (acme.com in notacme.com).
const CANDIDATES = 20

/**
 * Finds the company with a domain, whatever scheme, "www." or path it was stored with: "acme.com" finds
 * "https://www.acme.com/". Returns at most one company; an empty list means "not found".
 */
export const findCompany = {
  key: 'find_company',
  noun: 'Company',
  display: { label: 'Find Company', description: 'Finds a company in Twenty by its domain.' },
  operation: {
    inputFields: [
      {
        key: 'domain',
        label: 'Domain',
        required: true,
        placeholder: 'acme.com',
        helpText:
          'The website, e.g. acme.com. Only the host is compared, ignoring case, https:// or http://, "www." and ' +
          'any path: acme.com finds https://www.Acme.com/about, but not shop.acme.com.',
      },
    ],
    perform: withTwenty(
      async (twenty, bundle) => {
        const raw = text(bundle.inputData.domain)
        const host = raw === undefined ? undefined : hostOf(raw)
        if (host === undefined) throw invalidInput('domain', 'Enter a domain such as acme.com')
        const { data } = await twenty.companies.list({
          filter: { domainName: { primaryLinkUrl: { ilike: `%${host}%` } } },
          orderBy: { createdAt: 'AscNullsLast' },
          limit: CANDIDATES,
        })
        const match = data.find((company) => hostOf(company.domainName?.primaryLinkUrl ?? '') === host)
        return match ? [companyOutput(match)] : []
      },
      { labels: { domain: 'Domain' } },
    ),
    outputFields: companyOutputFields,
    sample: companySample,
  },
} satisfies Search
