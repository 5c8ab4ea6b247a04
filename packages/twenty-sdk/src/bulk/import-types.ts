import type { FieldMap, FieldMapError } from '../mapping/field-map.js'
import type { CallOptions } from '../resources/base-resource.js'

/**
 * What to do when an incoming row and the CRM record it matches differ:
 * - `externalWins`: the incoming values overwrite the CRM's.
 * - `crmWins`: the CRM keeps its values; only fields empty in the CRM are filled in.
 * - `lastWriteWins`: the newer side wins, comparing the CRM's `updatedAt` with `sourceUpdatedAt(row)`.
 * - `manualReview`: nothing is overwritten; each difference is returned in `report.conflicts`.
 */
export type ConflictStrategy = 'externalWins' | 'crmWins' | 'lastWriteWins' | 'manualReview'

/** Progress after each batch: enough to draw a progress bar with a rate and an ETA. */
export interface ImportProgress {
  /** Rows settled so far (written, unchanged, skipped, failed or in conflict). */
  done: number
  total: number
  /** Rows per second since the import started. */
  ratePerSecond: number
  /** Estimated milliseconds left at the current rate; `null` before the first batch. */
  etaMs: number | null
}

export interface ImportOptions<TRow, TCreate> extends CallOptions {
  /** Turns a source row into a record input: a field map from `defineFieldMap`, or a function (may throw). */
  map?: FieldMap<TRow, TCreate> | ((row: TRow, index: number) => TCreate)
  /** Default `externalWins`. */
  strategy?: ConflictStrategy
  /** When the source last changed a row; required by `lastWriteWins`. */
  sourceUpdatedAt?: (row: TRow, index: number) => Date | string | number
  /**
   * The field path that identifies a record on both sides (default: `emails.primaryEmail` for people,
   * `domainName.primaryLinkUrl` for companies). Rows without a value are skipped, never created blindly:
   * without a key an import could not be re-run or retried without duplicating.
   */
  keyBy?: string
  /**
   * How rows are matched to CRM records. `lookup` (default) reads the keys first, which every strategy needs and
   * which reports unchanged rows. `upsert` lets Twenty match on its unique fields in the write itself: one
   * request per 60 rows instead of about two, for `externalWins` only; a row is reported created when Twenty's
   * `createdAt` equals its `updatedAt`, else updated.
   */
  match?: 'lookup' | 'upsert'
  /** Records per request, at most 60 (Twenty's batch limit). */
  batchSize?: number
  /** Requests in flight at once (default 4); the client's rate limiter still paces them. */
  concurrency?: number
  onProgress?: (progress: ImportProgress) => void
}

/** One row that was not imported, with the reason and the input row, so it can be fixed and re-run. */
export interface FailedRow<TRow> {
  index: number
  row: TRow
  reason: string
  errors?: readonly FieldMapError[] | readonly { path: string; message: string }[]
}

export interface SkippedRow<TRow> {
  index: number
  row: TRow
  reason: string
  /**
   * For a later duplicate of a key: the index of the row that key was first seen in (and that is imported). A
   * number rather than text in `reason` only, so a report can name it in its own terms, such as a CSV line.
   */
  duplicateOf?: number
}

export interface FieldConflict {
  field: string
  crm: unknown
  incoming: unknown
}

/** A row that matched a CRM record with different values, left for a person to decide (`manualReview`). */
export interface ImportConflict<TRow> {
  index: number
  row: TRow
  recordId: string
  fields: FieldConflict[]
}

export interface ImportedRow<TRecord> {
  index: number
  record: TRecord
}

/** What happened to every row: each row index appears in exactly one list, and the counts add up to `total`. */
export interface ImportReport<TRow, TRecord> {
  total: number
  created: ImportedRow<TRecord>[]
  updated: ImportedRow<TRecord>[]
  unchanged: { index: number; recordId: string; reason: string }[]
  skipped: SkippedRow<TRow>[]
  failed: FailedRow<TRow>[]
  conflicts: ImportConflict<TRow>[]
  counts: {
    created: number
    updated: number
    unchanged: number
    skipped: number
    failed: number
    conflicts: number
  }
  durationMs: number
}
