import type { ModuleDefinition } from '../app-definition.js'
import { unconfirmedCreateErrors } from '../twenty/iml-snippets.js'
import { personDetailParams, personNameParam } from '../twenty/person-fields.js'
import { personInterface } from '../twenty/record-interfaces.js'
import { personSample } from '../twenty/record-samples.js'

/**
 * Creates a person. Parameters are named and shaped like Twenty's fields, so the body is `{{parameters}}`:
 * Make omits every field the user leaves empty, and an unmapped field never reaches Twenty.
 *
 * A bundle with neither a name nor a primary email (mapped fields that came out empty, say) is not sent: Twenty
 * would store an untitled person. IML cannot raise an error before a request, so the request's `condition` skips
 * it and the module outputs nothing, which stops that bundle's route as Search people's empty search does; the
 * Zapier app refuses the same step with an error.
 */
export const createPerson: ModuleDefinition = {
  id: 'createPerson',
  label: 'Create a person',
  description:
    'Creates a person, optionally linked to a company. Creates nothing when the name and the primary email are both empty.',
  type: 'action',
  crud: 'create',
  connection: 'twentyApiKey',
  communication: {
    url: '/rest/people',
    condition: '{{parameters.name.firstName || parameters.name.lastName || parameters.emails.primaryEmail}}',
    method: 'POST',
    body: '{{parameters}}',
    response: { output: '{{body.data.createPerson}}', error: unconfirmedCreateErrors('person') },
  },
  mappableParams: [
    personNameParam('With no name and no primary email, nothing is created and the module outputs nothing.'),
    ...personDetailParams,
  ],
  interface: personInterface,
  samples: personSample,
}
