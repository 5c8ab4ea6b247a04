import type { HttpClient } from '../transport/http-client.js'
import { personInputSchema } from '../validation/object-schemas.js'
import { BaseResource } from './base-resource.js'
import type { Person, PersonInput, PersonUpdate } from './object-types.js'

/** People (`/rest/people`): contacts with names, emails, phones and links. */
export class PeopleResource extends BaseResource<Person, PersonInput, PersonUpdate> {
  constructor(http: HttpClient) {
    super(http, { singular: 'person', plural: 'people' }, { create: personInputSchema, update: personInputSchema })
  }
}
