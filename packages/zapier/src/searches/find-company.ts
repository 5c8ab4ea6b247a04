import type { Search } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import { hostOf, searchedHost } from '../fields/domain.js'
import { invalidInput, text } from '../fields/values.js'
import { companyOutput, companyOutputFields, companySample } from '../objects/company.js'

// The candidates read, a page at a time, before giving up: the filter below already leaves out most domains
// that merely contain the host (notacme.com, shop.acme.com), so the exact one comes within the first pages.
const MAX_CANDIDATES = 200
const PAGE_SIZE = 50

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
          'any path: acme.com finds https://www.Acme.com/about, but not shop.acme.com. An email address such as ' +
          'linh@acme.com searches by its domain.',
      },
    ],
    perform: withTwenty(
      async (twenty, bundle) => {
        const raw = text(bundle.inputData.domain)
        const host = raw === undefined ? undefined : searchedHost(raw, 'domain')
        if (host === undefined) {
          throw invalidInput('domain', 'Enter a domain such as acme.com, or an email address at that domain')
        }
        // The forms one host is stored in: after any scheme, with or without "www.", or typed bare. A plain
        // `%host%` also matched every subdomain, enough of which hid the company itself.
        const patterns = [`%://${host}%`, `%://www.${host}%`, `${host}%`, `www.${host}%`]
        const companies = twenty.companies.iterate({
          filter: { or: patterns.map((ilike) => ({ domainName: { primaryLinkUrl: { ilike } } })) },
          orderBy: { createdAt: 'AscNullsLast' },
          limit: PAGE_SIZE,
        })
        let read = 0
        for await (const company of companies) {
          if (hostOf(company.domainName?.primaryLinkUrl ?? '') === host) return [companyOutput(company)]
          if (++read >= MAX_CANDIDATES) break
        }
        return []
      },
      { labels: { domain: 'Domain' } },
    ),
    outputFields: companyOutputFields,
    sample: companySample,
  },
} satisfies Search
