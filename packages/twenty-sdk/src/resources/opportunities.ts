import type { HttpClient } from '../transport/http-client.js'
import { opportunityInputSchema } from '../validation/object-schemas.js'
import { BaseResource } from './base-resource.js'
import type { Opportunity, OpportunityInput, OpportunityUpdate } from './object-types.js'

/** Opportunities (`/rest/opportunities`): deals with an amount in micros and a stage (`CUSTOMER` means won). */
export class OpportunitiesResource extends BaseResource<Opportunity, OpportunityInput, OpportunityUpdate> {
  constructor(http: HttpClient) {
    super(http, { singular: 'opportunity', plural: 'opportunities' }, { create: opportunityInputSchema, update: opportunityInputSchema })
  }
}
