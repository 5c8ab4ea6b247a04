import type { ModuleDefinition } from '../app-definition.js'
import { amountInUnits, anyFieldBut, withAmountInMicros } from '../twenty/iml-snippets.js'
import { opportunityDetailParams, stageParam } from '../twenty/opportunity-fields.js'
import { opportunityInterface } from '../twenty/record-interfaces.js'
import { opportunitySample } from '../twenty/record-samples.js'
import { fieldsOf, type Schemas } from '../twenty/typed-fields.js'

/**
 * Updates an opportunity with a PATCH of the mapped fields only: Make omits empty fields, so an unmapped field
 * keeps its value in Twenty, and only the erase keyword (null) clears one. The amount is typed in units and sent
 * in micros. With no field mapped besides the opportunity, the request's `condition` skips it and the module
 * outputs nothing, as Update a person and Update a company do.
 */
export const updateOpportunity: ModuleDefinition = {
  id: 'updateOpportunity',
  label: 'Update an opportunity',
  description:
    'Updates the mapped fields of an opportunity and leaves the others unchanged. Updates nothing, and outputs nothing, when no field is mapped.',
  type: 'action',
  crud: 'update',
  connection: 'twentyApiKey',
  communication: {
    url: '/rest/opportunities/{{parameters.opportunityId}}',
    condition: anyFieldBut('opportunityId'),
    method: 'PATCH',
    ...withAmountInMicros("omit(parameters, 'opportunityId')", 'amount'),
    response: {
      output: {
        '{{...}}': '{{body.data.updateOpportunity}}',
        amountValue: amountInUnits('body.data.updateOpportunity.amount'),
      },
    },
  },
  mappableParams: [
    {
      name: 'opportunityId',
      type: 'select',
      label: 'Opportunity',
      options: 'rpc://listOpportunities',
      help: 'Or map an opportunity ID. With no other field mapped, nothing is sent and the module outputs nothing.',
      required: true,
    },
    ...fieldsOf<Schemas['OpportunityForUpdate']>([{ name: 'name', type: 'text', label: 'Name' }, stageParam]),
    ...opportunityDetailParams,
  ],
  interface: opportunityInterface,
  samples: opportunitySample,
}
