import type { Filter, Opportunity } from 'twenty-sdk'
import type { Search } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import { recordId } from '../fields/record-id.js'
import { selectValue } from '../fields/select-value.js'
import { noneFilledIn, text } from '../fields/values.js'
import {
  opportunityOutput,
  opportunityOutputFields,
  opportunitySample,
  stageField,
} from '../objects/opportunity.js'

/**
 * Finds the newest deal matching every criterion given: a name containing a text (ignoring case), a stage, a
 * company. With none given it is refused, rather than returning the newest deal of the workspace, which a later
 * step would then update by mistake. Returns at most one deal, as Zapier uses the first result anyway.
 */
export const findOpportunity = {
  key: 'find_opportunity',
  noun: 'Opportunity',
  display: {
    label: 'Find Opportunity',
    description:
      'Finds the newest opportunity (deal) in Twenty by part of its name, its stage or its company.',
  },
  operation: {
    inputFields: [
      {
        key: 'name',
        label: 'Name',
        helpText:
          'Finds deals whose name contains this text, ignoring case (% and _ act as wildcards). Fill in at least ' +
          'one of Name, Stage and Company; deals must match all those filled in.',
      },
      { ...stageField, helpText: `${stageField.helpText} Finds deals at this stage.` },
      {
        key: 'companyId',
        label: 'Company',
        dynamic: 'list_companies.id.name',
        search: 'find_company.id',
        helpText: 'Finds deals with this company. Pick one, or map a company ID from an earlier step.',
      },
    ],
    perform: withTwenty(
      async (twenty, bundle) => {
        const name = text(bundle.inputData.name)
        const stage = selectValue(bundle.inputData.stage)
        const companyId = recordId(bundle.inputData.companyId, 'companyId')
        if (name === undefined && stage === undefined && companyId === undefined) {
          throw noneFilledIn('to search by', ['Name', 'Stage', 'Company'])
        }
        // Twenty's filter has no escapes and misreads quotes, parentheses and square brackets in a value; in an
        // ilike pattern each is sent as `_` (any one character), so any name can be searched.
        const filter: Filter<Opportunity> = {
          ...(name === undefined ? {} : { name: { ilike: `%${name.replace(/['"()[\]]/g, '_')}%` } }),
          ...(stage === undefined ? {} : { stage: { eq: stage } }),
          ...(companyId === undefined ? {} : { companyId: { eq: companyId } }),
        }
        const { data } = await twenty.opportunities.list({
          filter,
          orderBy: { createdAt: 'DescNullsLast' },
          limit: 1,
        })
        return data.map((deal) => opportunityOutput(deal))
      },
      { labels: { name: 'Name', stage: 'Stage', companyId: 'Company' } },
    ),
    outputFields: opportunityOutputFields,
    sample: opportunitySample,
  },
} satisfies Search
