import { importMany } from '../bulk/import-many.js'
import type { ImportOptions, ImportReport } from '../bulk/import-types.js'
import type { HttpClient } from '../transport/http-client.js'
import { BaseResource } from './base-resource.js'
import type { Note, NoteInput, NoteUpdate } from './object-types.js'

/** Notes (`/rest/notes`). Link a note to records with `noteTargets`. */
export class NotesResource extends BaseResource<Note, NoteInput, NoteUpdate> {
  constructor(http: HttpClient) {
    super(http, { singular: 'note', plural: 'notes' }, 'note')
  }

  /**
   * Imports many notes like {@link PeopleResource.importMany}: mapped, checked, looked up by `keyBy`, decided by
   * the conflict strategy and written in upsert batches, with a report of every row. Notes have no
   * natural unique field, so `keyBy` names the one that identifies a record in both systems (`title`, or a custom
   * unique field such as `externalId`). Rows that cannot be mapped, validated or written land in `report.failed`.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` without a `keyBy`, or for options that cannot
   * work together, before any row is read.
   * @throws the request's {@link TwentyError} when reading the CRM for the rows' keys fails: nothing has been
   * written then, so the import can simply be run again.
   * @example
   * const report = await twenty.notes.importMany(minutes, {
   *   keyBy: 'title',
   *   map: (meeting) => ({ title: meeting.topic, bodyV2: { markdown: meeting.text, blocknote: null } }),
   * })
   */
  importMany<TRow = NoteInput>(
    rows: readonly TRow[],
    options: ImportOptions<TRow, NoteInput> & { keyBy: string },
  ): Promise<ImportReport<TRow, Note>> {
    return importMany(this, 'note', rows, options)
  }
}
