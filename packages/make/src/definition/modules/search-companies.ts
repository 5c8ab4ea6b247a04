import type { ModuleDefinition } from '../app-definition.js'
import { containsText } from '../twenty/filter-text.js'
import { amountInUnits, CURSOR_PAGINATION, orderBy, PAGE_SIZE } from '../twenty/iml-snippets.js'
import { companyInterface } from '../twenty/record-interfaces.js'
import { companySample } from '../twenty/record-samples.js'
import { nameContainsParam, searchLimitParam } from '../twenty/search-params.js'

/**
 * The bare host of a website as IML (`https://www.Acme.com/about` → `acme.com`), as the Zapier app's Find Company
 * compares domains (hostOf): without the scheme, "www.", port, path, query or fragment, in lower case.
 */
function host(value: string): string {
  return `lower(replace(replace(trim(${value}), '/^[a-z][a-z0-9+.-]*:[/][/]/i', ''), '/^www[.]|[/?#:].*$/gi', ''))`
}

/**
 * What the Domain field accepts: an optional scheme, a host without spaces, quotes, parentheses, brackets or a user
 * name (and not "www." alone, which leaves no host to compare), then an optional port, and a path, query or
 * fragment without spaces. Only the host reaches Twenty's filter, so it needs no quoting.
 */
const SCHEME = '(?:[A-Za-z][A-Za-z0-9+.-]*://)?'
const DOMAIN_PATTERN = String.raw`^(?!\s*${SCHEME}[Ww]{3}\.(?:[/?#:]|\s*$))\s*${SCHEME}[^\s/?#:@"'()\[\]]+(?::\d+)?(?:[/?#]\S*)?\s*$`

/**
 * The conditions, built in the request's `temp` as Search people builds them: a name that contains the text,
 * ignoring case, and a primary link that contains the host. Twenty's filter cannot compare hosts, so the answer's
 * companies are kept only when the host of their primary link is the host asked for (acme.com is in notacme.com).
 */
const CONDITIONS = {
  host: `{{${host('parameters.domain')}}}`,
  byName: containsText('name', 'name'),
  byDomain: `domainName.primaryLinkUrl[ilike]:"%{{${host('parameters.domain')}}}%"`,
}

/** Both given: both must match (Twenty ANDs comma-separated conditions); one given: that one. */
const FILTER =
  "{{if(parameters.name, if(parameters.domain, join(add(emptyarray, temp.byName, temp.byDomain), ','), temp.byName), temp.byDomain)}}"

/**
 * Finds companies by a text contained in the name, ignoring case, and/or by domain, whatever scheme, "www." or path
 * it was stored with, as the Zapier app's Find Company finds them. With neither, the request's `condition` skips
 * the call and the search outputs nothing, as Search people does. By domain, every page asks for 60 candidates
 * whatever the limit: a page whose candidates all merely contain the host would end the search.
 */
export const searchCompanies: ModuleDefinition = {
  id: 'searchCompanies',
  label: 'Search companies',
  description: 'Searches for companies by name or domain, newest first. Outputs nothing when both are empty.',
  type: 'search',
  connection: 'twentyApiKey',
  communication: {
    temp: CONDITIONS,
    condition: '{{parameters.name || parameters.domain}}',
    url: '/rest/companies',
    method: 'GET',
    qs: {
      filter: FILTER,
      order_by: orderBy('createdAt', 'DescNullsLast'),
      limit: `{{if(parameters.domain, ${PAGE_SIZE}, min(parameters.limit, ${PAGE_SIZE}))}}`,
    },
    pagination: CURSOR_PAGINATION,
    response: {
      iterate: {
        container: '{{body.data.companies}}',
        condition: `{{if(parameters.domain, ${host('item.domainName.primaryLinkUrl')} = temp.host, true)}}`,
      },
      output: {
        '{{...}}': '{{item}}',
        annualRecurringRevenueAmount: amountInUnits('item.annualRecurringRevenue'),
      },
      limit: '{{parameters.limit}}',
    },
  },
  mappableParams: [
    nameContainsParam('companies whose name', 'With both Name and Domain empty, the search outputs nothing.'),
    {
      name: 'domain',
      type: 'text',
      label: 'Domain',
      help:
        'The website, such as acme.com. Only the host is compared, ignoring case, https:// or http://, "www." and ' +
        'any path: acme.com finds https://www.Acme.com/about, but not shop.acme.com. A domain with spaces, quotes, ' +
        'parentheses, brackets or a user name is refused before Twenty is called.',
      validate: { pattern: DOMAIN_PATTERN },
    },
    searchLimitParam('companies'),
  ],
  interface: companyInterface,
  samples: companySample,
}
