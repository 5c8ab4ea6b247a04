import { importMany } from '../bulk/import-many.js'
import type { ImportOptions, ImportReport } from '../bulk/import-types.js'
import type { HttpClient } from '../transport/http-client.js'
import { MergeableResource } from './mergeable-resource.js'
import type { Person, PersonInput, PersonUpdate } from './object-types.js'

/** People (`/rest/people`): contacts with names, emails, phones and links. */
export class PeopleResource extends MergeableResource<Person, PersonInput, PersonUpdate> {
  constructor(http: HttpClient) {
    super(http, { singular: 'person', plural: 'people' }, 'person')
  }

  /**
   * Imports many rows: maps, validates, dedupes people by primary email, upserts in batches of 60 and resolves
   * differences with a strategy. Returns a report in which every row appears exactly once.
   *
   * @example
   * const report = await twenty.people.importMany(rows, { map, strategy: 'lastWriteWins', sourceUpdatedAt: (r) => r.modified })
   */
  importMany<TRow = PersonInput>(
    rows: readonly TRow[],
    options: ImportOptions<TRow, PersonInput> = {},
  ): Promise<ImportReport<TRow, Person>> {
    return importMany(this, 'person', rows, {
      ...options,
      keyBy: options.keyBy ?? 'emails.primaryEmail',
    })
  }
}
