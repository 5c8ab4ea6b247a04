import type { HttpClient } from '../transport/http-client.js'
import { companyInputSchema } from '../validation/object-schemas.js'
import { BaseResource } from './base-resource.js'
import type { Company, CompanyInput, CompanyUpdate } from './object-types.js'

/** Companies (`/rest/companies`): organisations with domains, addresses and revenue. */
export class CompaniesResource extends BaseResource<Company, CompanyInput, CompanyUpdate> {
  constructor(http: HttpClient) {
    super(http, { singular: 'company', plural: 'companies' }, { create: companyInputSchema, update: companyInputSchema })
  }
}
