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
      'Checks Twenty every few minutes for opportunities at the won stage; each opportunity triggers once. Use it only ' +
      'when the instant Opportunity Won trigger cannot work: a self-hosted Twenty that cannot send webhooks to the ' +
      'internet, or an API key without the webhooks permission.',
  },
  operation: {
    type: 'polling',
    perform: withTwenty(recentWonOpportunities),
    inputFields: [wonStageField],
    outputFields: opportunityOutputFields,
    sample: opportunitySample,
  },
} satisfies Trigger
