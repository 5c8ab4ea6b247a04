import type { ModuleDefinition } from '../app-definition.js'
import { containsText, likeSafe } from '../twenty/filter-text.js'
import { CURSOR_PAGINATION, orderBy, PAGE_SIZE } from '../twenty/iml-snippets.js'
import { personInterface } from '../twenty/record-interfaces.js'
import { personSample } from '../twenty/record-samples.js'
import { nameContainsParam, searchLimitParam } from '../twenty/search-params.js'

/**
 * The two conditions, built in the request's `temp` (Make evaluates it before anything else) as mixed text, where
 * each `{{…}}` is replaced by its text: the primary email ignoring case (`ilike` without wildcards, an apostrophe
 * read as `_`; the answer is then narrowed to the whole address, since `_` matches any one character), and a first
 * or last name that contains the text, ignoring case.
 */
const CONDITIONS = {
  byEmail: `emails.primaryEmail[ilike]:"{{${likeSafe('parameters.email')}}}"`,
  byName: `or(${containsText('name.firstName', 'name')},${containsText('name.lastName', 'name')})`,
}

/** Both given: both must match (Twenty ANDs comma-separated conditions); one given: that one. */
const FILTER =
  "{{if(parameters.email, if(parameters.name, join(add(emptyarray, temp.byEmail, temp.byName), ','), temp.byEmail), temp.byName)}}"

/**
 * Finds people by primary email and/or by a text contained in the first or last name, ignoring case. With neither
 * (a mapped email that turned out empty, say), the request's `condition` skips the call and the search outputs
 * nothing, rather than the newest people, which a later step would then update by mistake.
 */
export const searchPeople: ModuleDefinition = {
  id: 'searchPeople',
  label: 'Search people',
  description: 'Searches for people by email or name, newest first. Outputs nothing when both are empty.',
  type: 'search',
  connection: 'twentyApiKey',
  communication: {
    temp: CONDITIONS,
    condition: '{{parameters.email || parameters.name}}',
    url: '/rest/people',
    method: 'GET',
    qs: {
      filter: FILTER,
      order_by: orderBy('createdAt', 'DescNullsLast'),
      limit: `{{min(parameters.limit, ${PAGE_SIZE})}}`,
    },
    pagination: CURSOR_PAGINATION,
    response: {
      // `ilike` still reads `_` as any one character, so `linh_nguyen@…` would also find `linhxnguyen@…`: only the
      // whole address, ignoring case, is kept, as the Zapier app's Find Person does.
      iterate: {
        container: '{{body.data.people}}',
        condition:
          '{{if(parameters.email, lower(item.emails.primaryEmail) = lower(parameters.email), true)}}',
      },
      output: '{{item}}',
      limit: '{{parameters.limit}}',
    },
  },
  mappableParams: [
    {
      name: 'email',
      type: 'email',
      label: 'Email',
      help: 'Matches the primary email, ignoring case. With both Email and Name empty, the search outputs nothing.',
    },
    nameContainsParam('people whose first or last name'),
    searchLimitParam('people'),
  ],
  interface: personInterface,
  samples: personSample,
}
