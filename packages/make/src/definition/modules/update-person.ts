import type { ModuleDefinition } from '../app-definition.js'
import { anyFieldBut } from '../twenty/iml-snippets.js'
import { personDetailParams, personNameParam } from '../twenty/person-fields.js'
import { personInterface } from '../twenty/record-interfaces.js'
import { personSample } from '../twenty/record-samples.js'

/**
 * Updates a person with a PATCH of the mapped fields only, with the inputs of Create a person: Make omits empty
 * fields, so an unmapped field keeps its value in Twenty, and only the erase keyword (null) clears one.
 *
 * A bundle with no field mapped besides the person (mapped fields that came out empty, say) would change nothing:
 * the request's `condition` skips it and the module outputs nothing, as Create a person does with an empty person;
 * the Zapier app refuses the same step with an error.
 */
export const updatePerson: ModuleDefinition = {
  id: 'updatePerson',
  label: 'Update a person',
  description:
    'Updates the mapped fields of a person and leaves the others unchanged. Updates nothing, and outputs nothing, when no field is mapped.',
  type: 'action',
  crud: 'update',
  connection: 'twentyApiKey',
  communication: {
    url: '/rest/people/{{parameters.personId}}',
    condition: anyFieldBut('personId'),
    method: 'PATCH',
    body: "{{omit(parameters, 'personId')}}",
    response: { output: '{{body.data.updatePerson}}' },
  },
  mappableParams: [
    {
      name: 'personId',
      type: 'select',
      label: 'Person',
      options: 'rpc://listPeople',
      help: 'Or map a person ID. With no other field mapped, nothing is sent and the module outputs nothing.',
      required: true,
    },
    personNameParam('Only the parts you map change: mapping the last name alone keeps the first name.'),
    ...personDetailParams,
  ],
  interface: personInterface,
  samples: { ...personSample, jobTitle: 'Sales Director', updatedAt: '2026-11-24T09:02:13.000Z' },
}
