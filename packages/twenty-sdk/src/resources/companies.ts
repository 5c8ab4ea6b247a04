import { importMany } from '../bulk/import-many.js'
import type { ImportOptions, ImportReport } from '../bulk/import-types.js'
import type { HttpClient } from '../transport/http-client.js'
import { MergeableResource } from './mergeable-resource.js'
import type { Company, CompanyInput, CompanyUpdate } from './object-types.js'

/** Companies (`/rest/companies`): organisations with domains, addresses and revenue. */
export class CompaniesResource extends MergeableResource<Company, CompanyInput, CompanyUpdate> {
  constructor(http: HttpClient) {
    super(http, { singular: 'company', plural: 'companies' }, 'company')
  }

  /**
   * Imports many rows: maps, validates, dedupes companies by domain, upserts in batches of 60 and resolves
   * differences with a strategy. Returns a report in which every row appears exactly once ({@link ImportReport}).
   * Rows that cannot be mapped, validated or written never reject the call: they land in `report.failed`, and the
   * other rows carry on. See docs/bulk-import.md and {@link ImportOptions}.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` for options that cannot work together
   * (`lastWriteWins` without `sourceUpdatedAt`, `match: 'upsert'` with another strategy or with a `keyBy` Twenty's upsert does not match on, a `batchSize` or
   * `concurrency` below 1), before any row is read.
   * @throws the request's {@link TwentyError} when reading the CRM for the rows' keys fails: nothing has been
   * written then, so the import can simply be run again.
   *
   * @example
   * const report = await twenty.companies.importMany(rows, { map, strategy: 'lastWriteWins', sourceUpdatedAt: (r) => r.modified })
   */
  importMany<TRow = CompanyInput>(
    rows: readonly TRow[],
    options: ImportOptions<TRow, CompanyInput> = {},
  ): Promise<ImportReport<TRow, Company>> {
    return importMany(this, 'company', rows, {
      ...options,
      keyBy: options.keyBy ?? 'domainName.primaryLinkUrl',
    })
  }
}
