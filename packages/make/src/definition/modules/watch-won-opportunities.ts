import type { OpportunityStage } from 'twenty-sdk'
import { amountInUnits, optionLabel } from '../twenty/iml-snippets.js'
import { opportunityInterface } from '../twenty/record-interfaces.js'
import { opportunitySample } from '../twenty/record-samples.js'
import { pollingTrigger } from './polling-trigger.js'

// Twenty's standard stages have no WON: a won deal is CUSTOMER, or a workspace's own stage.
const DEFAULT_WON_STAGE: OpportunityStage = 'CUSTOMER'

/**
 * Fires when an opportunity in the won stage is created or changed (by `updatedAt`), so a won opportunity edited
 * later fires again. No trigger within Make's rules can fire once per opportunity: Make remembers only the last
 * processed date and id and outputs what sorts after them, so an opportunity's key would have to stop moving once
 * it is won while still sorting after everything processed before it was won. `updatedAt` moves on every edit,
 * `createdAt` precedes the win (deals won after creation would be missed), Twenty's UUIDs carry no order for a
 * `type: id` trigger, and Twenty records no "stage changed at" date. The description and the won-stage help say
 * so and point to the two ways of acting once: a data store keyed by ID, or Watch record events.
 */
export const watchWonOpportunities = pollingTrigger({
  id: 'watchWonOpportunities',
  label: 'Watch won opportunities',
  description:
    'Triggers when an opportunity in the won stage is created or changed. A won opportunity triggers again each ' +
    'time it is edited (a note, a new amount); to act once per opportunity, see the Won stage help.',
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
      help:
        'The stage that means "won", from your workspace\'s own stages, standard and added: Customer in a standard ' +
        'workspace. An opportunity in this stage is output again every time it is edited, because Twenty keeps no ' +
        'date for the stage change and Make remembers only the last change it processed. To act once per ' +
        'opportunity (one invoice per deal), either follow this module with a data store: look the opportunity ID ' +
        'up, let only IDs not found through a filter, then add the ID; or use Watch record events instead, with a ' +
        'filter that lets through opportunity events whose Opportunity: Stage is your won stage and that are created, or ' +
        'updated with stage among the Updated fields.',
      options: 'rpc://listOpportunityStages',
      default: DEFAULT_WON_STAGE,
      required: true,
    },
  ],
  interface: opportunityInterface,
  samples: opportunitySample,
})
