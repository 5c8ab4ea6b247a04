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
   * Imports many deals like {@link PeopleResource.importMany}. Opportunities have no natural unique field, so name
   * the one that identifies a deal in both systems with `keyBy` (a custom unique field such as `externalId`, or
   * `name`). Rows that cannot be mapped, validated or written never reject the call: they land in `report.failed`,
   * and the other rows carry on. See docs/bulk-import.md and {@link ImportOptions}.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` without a `keyBy`, or for options that cannot
   * work together (`lastWriteWins` without `sourceUpdatedAt`, `match: 'upsert'` with another strategy or with a `keyBy` Twenty's upsert does not match on, a `batchSize`
   * or `concurrency` below 1), before any row is read.
   * @throws the request's {@link TwentyError} when reading the CRM for the rows' keys fails: nothing has been
   * written then, so the import can simply be run again.
   * @example
   * const report = await twenty.opportunities.importMany(deals, {
   *   keyBy: 'name',
   *   map: (deal) => ({ name: deal.title, amount: toMoney(deal.value, deal.currency), stage: 'NEW' }),
   * })
   * for (const { index, reason } of report.failed) console.warn(`row ${index + 1}: ${reason}`)
   */
  importMany<TRow = OpportunityInput>(
    rows: readonly TRow[],
    options: ImportOptions<TRow, OpportunityInput> & { keyBy: string },
  ): Promise<ImportReport<TRow, Opportunity>> {
    return importMany(this, 'opportunity', rows, options)
  }
}
