import { importMany } from '../bulk/import-many.js'
import type { ImportOptions, ImportReport } from '../bulk/import-types.js'
import type { HttpClient } from '../transport/http-client.js'
import { BaseResource } from './base-resource.js'
import type { Opportunity, OpportunityInput, OpportunityUpdate } from './object-types.js'

/** Opportunities (`/rest/opportunities`): deals with an amount in micros and a stage (`CUSTOMER` means won). */
export class OpportunitiesResource extends BaseResource<Opportunity, OpportunityInput, OpportunityUpdate> {
  constructor(http: HttpClient) {
    super(http, { singular: 'opportunity', plural: 'opportunities' }, 'opportunity')
  }

  /**
   * Imports many deals like `people.importMany`. Opportunities have no natural unique field, so name the one
   * that identifies a deal in both systems with `keyBy` (a custom unique field such as `externalId`, or `name`).
   */
  importMany<TRow = OpportunityInput>(
    rows: readonly TRow[],
    options: ImportOptions<TRow, OpportunityInput> & { keyBy: string },
  ): Promise<ImportReport<TRow, Opportunity>> {
    return importMany(this, 'opportunity', rows, options)
  }
}
