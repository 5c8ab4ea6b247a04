import type { Trigger } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import { opportunityOutputFields, opportunitySample } from '../objects/opportunity.js'
import { wonStageField } from './opportunity-won.js'
import { recentWonOpportunities } from './recent.js'

/**
 * Polling twin of Opportunity Won, for servers Zapier's webhooks cannot reach. Zapier remembers the deal ids it
 * has seen, so a deal fires once, even if it leaves the won stage and comes back.
 */
export const opportunityWonPolling = {
  key: 'opportunity_won_polling',
  noun: 'Opportunity',
  display: {
    label: 'Opportunity Won (Polling)',
    description:
      'Triggers when an opportunity reaches the won stage, checked every few minutes. Use it only if the instant ' +
      'Opportunity Won trigger cannot work: no webhooks from Twenty, or a key without webhook access.',
  },
  operation: {
    type: 'polling',
    perform: withTwenty(recentWonOpportunities),
    inputFields: [
      {
        ...wonStageField,
        helpText: `${wonStageField.helpText} Each opportunity triggers once, even if it leaves that stage and comes back.`,
      },
    ],
    outputFields: opportunityOutputFields,
    sample: opportunitySample,
  },
} satisfies Trigger
