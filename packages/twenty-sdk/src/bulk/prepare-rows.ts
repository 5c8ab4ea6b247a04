import { readPath } from '../internal/field-path.js'
import { applyFieldMap, type FieldMap } from '../mapping/field-map.js'
import type { ConflictStrategy, ImportOptions, ImportReport, SkippedRow } from './import-types.js'
import { keyCondition, lookUpFilters } from './look-up.js'
import { normaliseKey } from './record-keys.js'

/** One row that passed mapping, validation and keying, ready to be matched and written. */
export interface Prepared<TRow> {
  index: number
  row: TRow
  input: Record<string, unknown>
  key: string
  sourceUpdatedAt?: number
}

interface Schema {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }
}

/**
 * Maps, validates, keys and dedupes every row (keeping the first row of a key, or under `lastWriteWins` the one
 * with the newest `sourceUpdatedAt`). Rows that cannot go on are pushed to `report.failed` or
 * `report.skipped` with their reason; nothing here throws for bad data, so one bad row never stops the import.
 */
export function prepareRows<TRow, TCreate>(
  rows: readonly TRow[],
  options: ImportOptions<TRow, TCreate> & { keyBy: string },
  strategy: ConflictStrategy,
  schema: Schema,
  report: ImportReport<TRow, unknown>,
): Map<string, Prepared<TRow>> {
  const prepared = new Map<string, Prepared<TRow>>()
  // The rows skipped as duplicates of each key, so that they can follow a newer row that takes its place.
  const duplicates = new Map<string, SkippedRow<TRow>[]>()
  const fail = (index: number, row: TRow, reason: string, errors?: { path: string; message: string }[]) =>
    report.failed.push({ index, row, reason, ...(errors ? { errors } : {}) })
  for (const [index, row] of rows.entries()) {
    const mapped = mapRow(options.map, row, index)
    if (!mapped.ok) {
      report.failed.push({ index, row, reason: mapped.reason, errors: mapped.errors })
      continue
    }
    const parsed = schema.safeParse(mapped.value)
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }))
      fail(index, row, `invalid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, errors)
      continue
    }
    const input = parsed.data as Record<string, unknown>
    const value = readPath(input, options.keyBy)
    const key = normaliseKey(value, options.keyBy)
    if (!key) {
      report.skipped.push({ index, row, reason: `no ${options.keyBy} to match on` })
      continue
    }
    // A key Twenty's filter syntax cannot carry (unbalanced parentheses) used to abort the whole import during the
    // lookup; it is this row's problem only.
    const unfilterable = filterProblem(String(value), options.keyBy)
    if (unfilterable) {
      fail(index, row, `${options.keyBy} cannot be looked up: ${unfilterable}`, [
        { path: options.keyBy, message: unfilterable },
      ])
      continue
    }
    const stamp = strategy === 'lastWriteWins' ? readStamp(options, row, index) : undefined
    if (typeof stamp === 'string') {
      fail(index, row, `sourceUpdatedAt: ${stamp}`, [{ path: 'sourceUpdatedAt', message: stamp }])
      continue
    }
    const candidate: Prepared<TRow> = { index, row, input, key, sourceUpdatedAt: stamp }
    const earlier = prepared.get(key)
    if (!earlier) {
      prepared.set(key, candidate)
      continue
    }
    // One row per key is imported: the first, or under lastWriteWins the newest (the first of equal ones), as
    // the strategy promises between the file and the CRM.
    const newer = stamp !== undefined && stamp > (earlier.sourceUpdatedAt as number)
    const [kept, dropped] = newer ? [candidate, earlier] : [earlier, candidate]
    const same = `duplicate of the row at index ${kept.index} (same ${options.keyBy})`
    const skippedOfKey = duplicates.get(key) ?? []
    if (newer) {
      prepared.set(key, candidate)
      // The rows skipped for the row now dropped name the newest one instead: a duplicateOf must point at a
      // row that is imported, not at one that is itself skipped.
      for (const skipped of skippedOfKey) {
        skipped.duplicateOf = kept.index
        skipped.reason = `${same}, which is newer`
      }
    }
    const reason =
      stamp === undefined
        ? same
        : kept.sourceUpdatedAt === dropped.sourceUpdatedAt
          ? `${same}, as new and first`
          : `${same}, which is newer`
    const skipped: SkippedRow<TRow> = {
      index: dropped.index,
      row: dropped.row,
      reason,
      duplicateOf: kept.index,
    }
    report.skipped.push(skipped)
    duplicates.set(key, [...skippedOfKey, skipped])
  }
  return prepared
}

// The row's source timestamp in epoch ms, or why it has none. Only `lastWriteWins` reads it, so a blank
// "Last modified" cell does not fail rows under strategies that never compare timestamps.
function readStamp<TRow>(options: ImportOptions<TRow, unknown>, row: TRow, index: number): number | string {
  let stamp: Date | string | number | undefined
  try {
    stamp = options.sourceUpdatedAt?.(row, index)
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  const shown = typeof stamp === 'string' ? JSON.stringify(stamp) : String(stamp)
  // Epoch seconds and Excel serial days read as milliseconds land in 1970, so the CRM would always look newer.
  if (typeof stamp === 'number' && Math.abs(stamp) < 1e10)
    return `${shown} is not epoch milliseconds (seconds or an Excel serial date?); return a Date or ISO text`
  const time =
    stamp instanceof Date || typeof stamp === 'number' || typeof stamp === 'string'
      ? new Date(stamp).getTime()
      : Number.NaN
  return Number.isNaN(time)
    ? `${shown} is not a date, so it cannot be compared with the CRM's updatedAt`
    : time
}

function filterProblem(value: string, keyBy: string): string | undefined {
  try {
    for (const filter of lookUpFilters(value, keyBy)) keyCondition(filter)
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

function mapRow<TRow, TCreate>(
  map: ImportOptions<TRow, TCreate>['map'],
  row: TRow,
  index: number,
):
  | { ok: true; value: unknown }
  | { ok: false; reason: string; errors?: { field: string; message: string; value: unknown }[] } {
  if (!map) return { ok: true, value: row }
  if (typeof map !== 'function') {
    const result = applyFieldMap(map as FieldMap<TRow, TCreate>, row)
    if (result.ok) return result
    return {
      ok: false,
      reason: `mapping: ${result.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
      errors: result.errors,
    }
  }
  try {
    return { ok: true, value: map(row, index) }
  } catch (error) {
    return { ok: false, reason: `mapping: ${error instanceof Error ? error.message : String(error)}` }
  }
}
