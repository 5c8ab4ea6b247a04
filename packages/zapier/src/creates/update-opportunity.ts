import type { Create } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import { recordId } from '../fields/record-id.js'
import { invalidInput } from '../fields/values.js'
import {
  opportunityDetailFields,
  opportunityLabels,
  opportunityOutput,
  opportunityOutputFields,
  opportunitySample,
  stageField,
  toOpportunityInput,
} from '../objects/opportunity.js'

/** Moves a deal to a stage, and changes any other field given; fields left empty keep their values. */
export const updateOpportunity = {
  key: 'update_opportunity',
  noun: 'Opportunity',
  display: {
    label: 'Update Opportunity',
    description:
      'Moves an opportunity to another stage in Twenty, and updates its amount, close date or contacts if given.',
  },
  operation: {
    inputFields: [
      {
        key: 'opportunityId',
        label: 'Opportunity',
        required: true,
        dynamic: 'list_opportunities.id.name',
        helpText: 'Pick one, or map the ID from an earlier step.',
      },
      { ...stageField, required: true },
      ...opportunityDetailFields,
    ],
    perform: withTwenty(
      async (twenty, bundle) => {
        const id = recordId(bundle.inputData.opportunityId, 'opportunityId')
        if (id === undefined) throw invalidInput('opportunityId', 'Choose the opportunity to update')
        return opportunityOutput(await twenty.opportunities.update(id, toOpportunityInput(bundle.inputData)))
      },
      { labels: { ...opportunityLabels, opportunityId: 'Opportunity' } },
    ),
    outputFields: opportunityOutputFields,
    sample: opportunitySample,
  },
} satisfies Create
