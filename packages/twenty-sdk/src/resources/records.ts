import { importMany } from '../bulk/import-many.js'
import type { ImportOptions, ImportReport } from '../bulk/import-types.js'
import type { HttpClient } from '../transport/http-client.js'
import { BaseResource } from './base-resource.js'
import { singularize } from './object-names.js'
import type { AnyRecord } from './object-types.js'

/**
 * The same verbs for any object, custom ones included, loosely typed: what {@link TwentyClient.records} returns. Use
 * it for objects your workspace added; generate types from your workspace's OpenAPI document for stronger typing
 * (see docs/custom-objects.md). Inputs are checked only for being objects (with a UUID `id`, if any): Twenty, which
 * knows the object's fields, refuses a wrong one with a 400 ({@link TwentyValidationError}).
 *
 * @typeParam TRecord the record type, {@link AnyRecord} unless you pass your own
 */
export class RecordsResource<TRecord extends { id: string } = AnyRecord> extends BaseResource<
  TRecord,
  Record<string, unknown>,
  Record<string, unknown>
> {
  /** True when the singular was guessed from the plural, so the envelope keys derived from it may be wrong. */
  readonly #guessed: boolean
  /** The envelope keys made from the singular: only these can be wrong. */
  readonly #singularKeys: ReadonlySet<string>

  constructor(http: HttpClient, plural: string, singular?: string) {
    super(http, { singular: singular ?? singularize(plural), plural }, 'custom')
    this.#guessed = singular === undefined
    const { one, createOne, updateOne, deleteOne, restoreOne } = this.keys
    this.#singularKeys = new Set([one, createOne, updateOne, deleteOne, restoreOne])
  }

  /**
   * A guessed singular can be wrong (`movies` gives `movy`, `statuses` gives `statuse`), and Twenty names the
   * single-record envelopes after the object's real one (`data.createMovie`). Each of them holds exactly one key,
   * so that key is read when the guessed one is missing: the write was done, and failing after it would invite
   * the caller to do it again.
   */
  protected override unwrap<T>(body: unknown, key: string): T {
    const data = (body as { data?: unknown } | null | undefined)?.data
    if (
      this.#guessed &&
      data !== null &&
      typeof data === 'object' &&
      !Array.isArray(data) &&
      !(key in data)
    ) {
      const keys = Object.keys(data)
      if (keys.length === 1 && this.#singularKeys.has(key))
        return (data as Record<string, unknown>)[keys[0] as string] as T
    }
    return super.unwrap<T>(body, key)
  }

  /**
   * Imports many records of this object like {@link PeopleResource.importMany}: mapped, looked up by `keyBy`, decided
   * by the conflict strategy and written in upsert batches, with a report of every row. Rows are checked only for
   * being objects; Twenty refuses a wrong field, and that row alone lands in `report.failed`. Twenty's upsert also
   * matches on the object's own unique fields: make `keyBy` one of them when it has any.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` without a `keyBy`, or for options that cannot
   * work together, before any row is read.
   * @throws the request's {@link TwentyError} when reading the CRM for the rows' keys fails: nothing has been
   * written then, so the import can simply be run again.
   * @example
   * const report = await twenty.records('pets').importMany(rows, {
   *   keyBy: 'chipNumber',
   *   map: (row) => ({ name: row.name, chipNumber: row.chip }),
   * })
   */
  importMany<TRow = Record<string, unknown>>(
    rows: readonly TRow[],
    options: ImportOptions<TRow, Record<string, unknown>> & { keyBy: string },
  ): Promise<ImportReport<TRow, TRecord>> {
    return importMany(this, 'custom', rows, options)
  }
}
