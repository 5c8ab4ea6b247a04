import { isOpportunityWon } from 'twenty-sdk/webhooks'
import type { PlainInputField, Trigger } from 'zapier-platform-core'
import { opportunityOutput, opportunityOutputFields, opportunitySample } from '../objects/opportunity.js'
import { DEFAULT_WON_STAGE, recentWonOpportunities, wonStage } from './recent.js'
import { restHookOperation } from './rest-hook.js'

/** Which stage means "won": Twenty's standard pipeline ends at CUSTOMER; workspaces may have their own. */
export const wonStageField: PlainInputField = {
  key: 'wonStage',
  label: 'Won Stage',
  dynamic: 'list_opportunity_stages.id.label',
  default: DEFAULT_WON_STAGE,
  required: true,
  helpText:
    "The stage of your workspace's pipeline that means the deal is won (CUSTOMER in Twenty's standard one).",
}

/**
 * Instant: fires when a deal reaches the won stage, or is created already won. Twenty sends the names of the
 * changed fields but not their previous values, so an edit that rewrites `stage` with the same value also fires.
 */
export const opportunityWon = {
  key: 'opportunity_won',
  noun: 'Opportunity',
  display: {
    label: 'Opportunity Won',
    description: 'Triggers when an opportunity moves to the won stage (CUSTOMER unless you choose another).',
  },
  operation: {
    ...restHookOperation({
      operations: () => ['opportunity.created', 'opportunity.updated'],
      description: (bundle) => `Zapier: Opportunity Won (${wonStage(bundle.inputData)})`,
      itemsFrom: (event, bundle) =>
        isOpportunityWon(event, { wonStage: wonStage(bundle.inputData) })
          ? [opportunityOutput(event.record as Record<string, unknown>)]
          : [],
      performList: recentWonOpportunities,
    }),
    inputFields: [wonStageField],
    outputFields: opportunityOutputFields,
    sample: opportunitySample,
  },
} satisfies Trigger
