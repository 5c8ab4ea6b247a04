import type { ModuleDefinition } from '../app-definition.js'
import { amountInUnits, unconfirmedCreateErrors, withAmountInMicros } from '../twenty/iml-snippets.js'
import { opportunityDetailParams, stageParam } from '../twenty/opportunity-fields.js'
import { opportunityInterface } from '../twenty/record-interfaces.js'
import { opportunitySample } from '../twenty/record-samples.js'
import { fieldsOf, type Schemas } from '../twenty/typed-fields.js'

/**
 * Creates an opportunity; the body is `{{parameters}}`, so empty fields are omitted (see createPerson), with the
 * amount typed in units and sent in micros. The same inputs as Update an opportunity, with the name required.
 */
export const createOpportunity: ModuleDefinition = {
  id: 'createOpportunity',
  label: 'Create an opportunity',
  description: 'Creates an opportunity (deal), optionally with a company and a point of contact.',
  type: 'action',
  crud: 'create',
  connection: 'twentyApiKey',
  communication: {
    url: '/rest/opportunities',
    method: 'POST',
    ...withAmountInMicros('parameters', 'amount'),
    response: {
      error: unconfirmedCreateErrors('opportunity'),
      output: {
        '{{...}}': '{{body.data.createOpportunity}}',
        amountValue: amountInUnits('body.data.createOpportunity.amount'),
      },
    },
  },
  mappableParams: [
    ...fieldsOf<Schemas['Opportunity']>([
      { name: 'name', type: 'text', label: 'Name', required: true },
      { ...stageParam, help: `${stageParam.help} Left empty, Twenty sets NEW.` },
    ]),
    ...opportunityDetailParams,
  ],
  interface: opportunityInterface,
  samples: opportunitySample,
}
