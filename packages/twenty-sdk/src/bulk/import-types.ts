import type { TwentyError } from '../errors/twenty-error.js'
import type { FieldMap, FieldMapError } from '../mapping/field-map.js'
import type { CallOptions } from '../resources/resource-options.js'

/**
 * What to do when an incoming row and the CRM record it matches differ:
 * - `externalWins`: the incoming values overwrite the CRM's.
 * - `crmWins`: the CRM keeps its values; only fields empty in the CRM are filled in.
 * - `lastWriteWins`: the newer side wins, comparing the CRM's `updatedAt` with `sourceUpdatedAt(row)`.
 * - `manualReview`: nothing is overwritten; each difference is returned in `report.conflicts`.
 */
export type ConflictStrategy = 'externalWins' | 'crmWins' | 'lastWriteWins' | 'manualReview'

/**
 * Progress after each request: enough to draw a progress bar with a rate and an ETA, and to show the look-up
 * (which reads the CRM before anything is written, and on a tight rate limit takes as long as the writes) moving
 * instead of a bar standing still.
 */
export interface ImportProgress {
  /**
   * `lookup` while the CRM is read for the rows' keys (`match: 'lookup'`, the default), then `write` while the
   * rows are decided and written. An import with `match: 'upsert'`, or with no row left to look up, has no
   * `lookup` phase.
   */
  phase: 'lookup' | 'write'
  /** Rows settled so far (written, unchanged, skipped, failed or in conflict). */
  done: number
  /** Rows in the import. */
  total: number
  /** Rows whose key the look-up has read from the CRM so far, out of {@link lookUpTotal}. */
  lookedUp: number
  /** Rows the look-up reads: those left after mapping, validation and de-duplication; 0 without a look-up. */
  lookUpTotal: number
  /** Rows settled per second since the import started. */
  ratePerSecond: number
  /** Estimated milliseconds left at the current rate; `null` until the first write settles rows. */
  etaMs: number | null
}

/**
 * Options of `importMany` ({@link PeopleResource.importMany}, {@link CompaniesResource.importMany}, {@link
 * OpportunitiesResource.importMany}): how rows become records, how they are matched and what wins on a difference.
 *
 * @example
 * const options: ImportOptions<CsvRow, PersonInput> = {
 *   map: personMap, // from defineFieldMap
 *   strategy: 'crmWins', // fill empty CRM fields only
 *   onProgress: ({ done, total, etaMs }) => bar.update(done / total, etaMs),
 * }
 */
export interface ImportOptions<TRow, TCreate> extends CallOptions {
  /**
   * Turns a source row into a record input: a field map from `defineFieldMap`, or a function (a row whose function
   * throws fails with the error's message). Without it each row is taken as the record input itself.
   */
  map?: FieldMap<TRow, TCreate> | ((row: TRow, index: number) => TCreate)
  /** What wins when a row and its CRM record differ (see {@link ConflictStrategy}); default `externalWins`. */
  strategy?: ConflictStrategy
  /**
   * When the source last changed a row; required by `lastWriteWins` and read only by it. A row whose function
   * throws or returns no date (a number below 1e10 counts as none: seconds or an Excel serial day) fails with the
   * reason. Strings go through `new Date()`; return `toIsoDate(text, { timeZone })` for text without an offset.
   */
  sourceUpdatedAt?: (row: TRow, index: number) => Date | string | number
  /**
   * The field path that identifies a record on both sides (default: `emails.primaryEmail` for people,
   * `domainName.primaryLinkUrl` for companies), compared trimmed and ignoring case; a NUMBER field's value is
   * compared by its digits. Rows without a value are skipped, never created blindly: without a key an import could
   * not be re-run or retried without duplicating.
   */
  keyBy?: string
  /**
   * How rows are matched to CRM records. `lookup` (default) reads the keys first, which every strategy needs and
   * which reports unchanged rows. `upsert` lets Twenty match on its unique fields in the write itself: one
   * request per 60 rows instead of about two, for `externalWins` only; a row is reported created when Twenty's
   * `createdAt` equals its `updatedAt`, else updated. Only for a `keyBy` Twenty's upsert matches on (`id`, a
   * person's primary email, a company's domain, a custom object's unique field): with any other key of a standard
   * object the import is refused, since each re-run would create the rows again.
   */
  match?: 'lookup' | 'upsert'
  /** Records per request, from 1 to 60 (Twenty's batch limit, {@link BATCH_SIZE}); default 60. */
  batchSize?: number
  /** Requests in flight at once (default 4); the client's rate limiter still paces them. */
  concurrency?: number
  /**
   * Called after each look-up request and each written batch; keep it cheap, the import waits for it. When it
   * throws, the import goes on without calling it again, and the error is returned as
   * {@link ImportReport.progressError}, so a broken progress bar never leaves rows written but unreported.
   */
  onProgress?: (progress: ImportProgress) => void
}

/** One row that was not imported, with the reason and the input row, so it can be fixed and re-run. */
export interface FailedRow<TRow> {
  /** The row's position in the input, from 0. */
  index: number
  /** The input row, as given. */
  row: TRow
  /** Why it failed, in words: a mapping or validation problem, or Twenty's message. */
  reason: string
  /**
   * Every field problem of the row, when mapping or validation refused it: {@link FieldMapError}s from a field map,
   * or the schema's issues (as in {@link TwentyValidationError.issues}) when the mapped input was refused.
   */
  errors?:
    | readonly FieldMapError[]
    | readonly {
        /** Dotted path of the field in the mapped input, e.g. `emails.primaryEmail`. */
        path: string
        /** What is wrong with it. */
        message: string
      }[]
  /**
   * The typed error of the request that failed the row, when it failed on the way to Twenty or there: a
   * `TwentyValidationError` (400) means the row itself is at fault; a 5xx, a timeout or a lost connection means
   * the same row may import on a re-run.
   */
  error?: TwentyError
}

/** A row that was deliberately not imported: it had no key, or repeated a key seen earlier. */
export interface SkippedRow<TRow> {
  /** The row's position in the input, from 0. */
  index: number
  /** The input row, as given. */
  row: TRow
  /** Why it was skipped, in words. */
  reason: string
  /**
   * For a duplicate of a key: the index of the row imported instead, the first with that key or, under
   * `lastWriteWins`, the one with the newest `sourceUpdatedAt`. A number rather than text in `reason` only, so a
   * report can name it in its own terms, such as a CSV line.
   */
  duplicateOf?: number
}

/** One field whose value differs between the CRM record and the incoming row. */
export interface FieldConflict {
  /**
   * The field's path, e.g. `jobTitle` or `emails.primaryEmail`; `deletedAt` (the CRM's deletion time against
   * `null`) when the record is in the trash, which any write would restore.
   */
  field: string
  /** The value in Twenty. */
  crm: unknown
  /** The value in the row. */
  incoming: unknown
}

/** A row that matched a CRM record with different values, left for a person to decide (`manualReview`). */
export interface ImportConflict<TRow> {
  /** The row's position in the input, from 0. */
  index: number
  /** The input row, as given. */
  row: TRow
  /** The id of the CRM record it matched. */
  recordId: string
  /** Each differing field, with both values. */
  fields: FieldConflict[]
}

/** A row that was written, with the record as Twenty returned it. */
export interface ImportedRow<TRecord> {
  /** The row's position in the input, from 0. */
  index: number
  /** The record after the write. */
  record: TRecord
  /**
   * `true` on an updated row whose record was in the trash: Twenty's upsert matches trashed records and restores
   * them, so the record keeps its id, its `createdAt` and the values of the fields the row does not set.
   */
  restored?: true
}

/** A row that matched a CRM record and was left as it was: nothing was sent for it. */
export interface UnchangedRow {
  /** The row's position in the input, from 0. */
  index: number
  /** The id of the CRM record the row matched. */
  recordId: string
  /** Why nothing was written, in words (same values, or the strategy kept the CRM's). */
  reason: string
}

/** What happened to every row: each row index appears in exactly one list, and the counts add up to `total`. */
export interface ImportReport<TRow, TRecord> {
  /** Rows in the input. */
  total: number
  /** Rows that became new records. */
  created: ImportedRow<TRecord>[]
  /** Rows that changed an existing record, those restored from the trash with `restored: true`. */
  updated: ImportedRow<TRecord>[]
  /** Rows whose record already held the same values, or that the strategy left as they were: nothing was sent. */
  unchanged: UnchangedRow[]
  /** Rows without a key, or repeating an earlier row's key. */
  skipped: SkippedRow<TRow>[]
  /** Rows that could not be mapped, validated or written; fix them and run the import again. */
  failed: FailedRow<TRow>[]
  /** Rows left for a person to decide (`manualReview` only). */
  conflicts: ImportConflict<TRow>[]
  /** The length of each list above; they add up to `total`. */
  counts: {
    /** `created.length`. */
    created: number
    /** `updated.length`. */
    updated: number
    /** `unchanged.length`. */
    unchanged: number
    /** `skipped.length`. */
    skipped: number
    /** `failed.length`. */
    failed: number
    /** `conflicts.length`. */
    conflicts: number
  }
  /** How long the import took, in milliseconds. */
  durationMs: number
  /**
   * What `onProgress` threw, when it threw: the import went on without calling it again, so every row is still in
   * one of the lists above. Absent when it never threw.
   */
  progressError?: unknown
}
