import type { OpportunityStage } from 'twenty-sdk'
import { amountInUnits, optionLabel } from '../twenty/iml-snippets.js'
import { opportunityInterface } from '../twenty/record-interfaces.js'
import { opportunitySample } from '../twenty/record-samples.js'
import { pollingTrigger } from './polling-trigger.js'

// Twenty's standard stages have no WON: a won deal is CUSTOMER, or a workspace's own stage.
const DEFAULT_WON_STAGE: OpportunityStage = 'CUSTOMER'

/**
 * Fires when an opportunity in the won stage changes (by `updatedAt`). An opportunity that is edited again while
 * won fires again: Twenty records no "stage changed at" date to tell the two apart.
 */
export const watchWonOpportunities = pollingTrigger({
  id: 'watchWonOpportunities',
  label: 'Watch Won Opportunities',
  description: 'Triggers when an opportunity reaches the won stage (or changes while in it).',
  plural: 'opportunities',
  dateField: 'updatedAt',
  filter: 'stage[eq]:{{parameters.wonStage}}',
  epochLabel: `{{ifempty(item.name, 'Untitled opportunity')}} ({{${optionLabel('item.stage')}}})`,
  output: { '{{...}}': '{{item}}', amountValue: amountInUnits('item.amount') },
  params: [
    {
      name: 'wonStage',
      type: 'select',
      label: 'Won stage',
      help: 'The stage that means "won", from your workspace\'s own stages, standard and added: Customer in a standard workspace.',
      options: 'rpc://listOpportunityStages',
      default: DEFAULT_WON_STAGE,
      required: true,
    },
  ],
  interface: opportunityInterface,
  samples: opportunitySample,
})
