import type { Create } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import {
  opportunityDetailFields,
  opportunityLabels,
  opportunityOutput,
  opportunityOutputFields,
  opportunitySample,
  stageField,
  toOpportunityInput,
} from '../objects/opportunity.js'

/** Creates a deal; the amount is converted to Twenty's micros. */
export const createOpportunity = {
  key: 'create_opportunity',
  noun: 'Opportunity',
  display: { label: 'Create Opportunity', description: 'Creates an opportunity (deal) in Twenty.' },
  operation: {
    inputFields: [
      {
        key: 'name',
        label: 'Name',
        required: true,
        helpText: 'The deal name, e.g. Wholesale contract 2027.',
      },
      { ...stageField, default: 'NEW' },
      ...opportunityDetailFields,
    ],
    perform: withTwenty(
      async (twenty, bundle) =>
        opportunityOutput(await twenty.opportunities.create(toOpportunityInput(bundle.inputData))),
      { labels: opportunityLabels },
    ),
    outputFields: opportunityOutputFields,
    sample: opportunitySample,
  },
} satisfies Create
