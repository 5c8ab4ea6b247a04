import type { Create } from 'zapier-platform-core'
import { keepingCurrency, withCurrentCurrency } from '../fields/money.js'
import {
  opportunityDetailFields,
  opportunityLabels,
  opportunityOutput,
  opportunityOutputFields,
  opportunitySample,
  stageField,
  toOpportunityInput,
} from '../objects/opportunity.js'
import { performUpdate } from './update-record.js'

/**
 * Changes the fields given of a deal (its stage, amount, close date or contacts); fields left empty keep their
 * values. A step with none of them set is refused before anything is sent: it would change nothing.
 */
export const updateOpportunity = {
  key: 'update_opportunity',
  noun: 'Opportunity',
  display: {
    label: 'Update Opportunity',
    description:
      'Updates an opportunity in Twenty: its stage, amount, close date, company or point of contact. Fields left ' +
      'empty keep their values.',
  },
  operation: {
    inputFields: [
      {
        key: 'opportunityId',
        label: 'Opportunity',
        required: true,
        dynamic: 'list_opportunities.id.label',
        search: 'find_opportunity.id',
        helpText: 'Pick one, or map the ID from an earlier step.',
      },
      { ...stageField, helpText: `${stageField.helpText} Leave empty to keep the current stage.` },
      ...opportunityDetailFields.map(keepingCurrency('deal')),
    ],
    perform: performUpdate({
      idKey: 'opportunityId',
      idLabel: 'Opportunity',
      toChanges: toOpportunityInput,
      // Currency alone changes nothing: it only says what an Amount is in.
      changeable: ['Stage', 'Amount', 'Close Date', 'Company', 'Point of Contact'],
      fillFromRecord: (twenty, id, inputData) =>
        withCurrentCurrency(
          inputData,
          { amount: 'amount', currency: 'currency' },
          async () => (await twenty.opportunities.get(id)).amount,
        ),
      update: async (twenty, id, changes) =>
        opportunityOutput(await twenty.opportunities.update(id, changes)),
      labels: opportunityLabels,
    }),
    outputFields: opportunityOutputFields,
    // The created deal after an update, which moves its `updatedAt` past `createdAt`.
    sample: { ...opportunitySample, updatedAt: '2026-11-24T08:10:47.000Z' },
  },
} satisfies Create
