import type { ModuleDefinition } from '../app-definition.js'
import { containsText } from '../twenty/filter-text.js'
import { amountInUnits, CURSOR_PAGINATION, orderBy, PAGE_SIZE } from '../twenty/iml-snippets.js'
import { stageParam } from '../twenty/opportunity-fields.js'
import { opportunityInterface } from '../twenty/record-interfaces.js'
import { opportunitySample } from '../twenty/record-samples.js'
import { nameContainsParam, searchLimitParam } from '../twenty/search-params.js'

/**
 * The conditions, built in the request's `temp` as Search people builds them: a name that contains the text,
 * ignoring case; the stage (in capitals, as Twenty's option values are, like the Zapier app's Find Opportunity);
 * the company.
 */
const CONDITIONS = {
  byName: containsText('name', 'name'),
  byStage: 'stage[eq]:"{{upper(parameters.stage)}}"',
  byCompany: 'companyId[eq]:"{{parameters.companyId}}"',
}

/** The conditions given, ANDed (Twenty ANDs comma-separated conditions); those not given are left out. */
const FILTER =
  "{{join(remove(add(emptyarray, if(parameters.name, temp.byName, ''), if(parameters.stage, temp.byStage, ''), if(parameters.companyId, temp.byCompany, '')), ''), ',')}}"

/**
 * Finds opportunities by a text contained in the name, ignoring case, and/or a stage and/or a company, newest
 * first. With none of them, the request's `condition` skips the call and the search outputs nothing, as Search
 * people does, rather than every deal of the workspace.
 */
export const searchOpportunities: ModuleDefinition = {
  id: 'searchOpportunities',
  label: 'Search opportunities',
  description:
    'Searches for opportunities by name, stage or company, newest first. Outputs nothing when all three are empty.',
  type: 'search',
  connection: 'twentyApiKey',
  communication: {
    temp: CONDITIONS,
    condition: '{{parameters.name || parameters.stage || parameters.companyId}}',
    url: '/rest/opportunities',
    method: 'GET',
    qs: {
      filter: FILTER,
      order_by: orderBy('createdAt', 'DescNullsLast'),
      limit: `{{min(parameters.limit, ${PAGE_SIZE})}}`,
    },
    pagination: CURSOR_PAGINATION,
    response: {
      iterate: '{{body.data.opportunities}}',
      output: { '{{...}}': '{{item}}', amountValue: amountInUnits('item.amount') },
      limit: '{{parameters.limit}}',
    },
  },
  mappableParams: [
    nameContainsParam(
      'opportunities whose name',
      'With Name, Stage and Company all empty, the search outputs nothing.',
    ),
    { ...stageParam, help: `${stageParam.help} Matches opportunities at this stage.` },
    {
      name: 'companyId',
      type: 'select',
      label: 'Company ID',
      options: 'rpc://listCompanies',
      help: 'Matches opportunities with this company. Or map a company ID.',
    },
    searchLimitParam('opportunities'),
  ],
  interface: opportunityInterface,
  samples: opportunitySample,
}
