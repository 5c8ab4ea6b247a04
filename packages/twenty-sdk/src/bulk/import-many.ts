import { TwentyError } from '../errors/twenty-error.js'
import { compileFilter } from '../filters/compile-filter.js'
import { nestAtPath, readPath } from '../internal/field-path.js'
import { applyFieldMap, type FieldMap } from '../mapping/field-map.js'
import type { BaseResource, InputSchemaName } from '../resources/base-resource.js'
import { BATCH_SIZE } from '../resources/base-resource.js'
import { loadSchemas } from '../validation/validate-lazily.js'
import { checkImportOptions } from './check-import-options.js'
import { diffRecord, patchFrom } from './diff-record.js'
import type { ImportOptions, ImportReport } from './import-types.js'
import { ProgressTracker } from './progress.js'
import { keySpellings, normaliseKey } from './record-keys.js'
import { resolveConflict } from './resolve-conflict.js'

type AnyRecord = Record<string, unknown> & { id: string; updatedAt?: string }
interface Prepared<TRow> {
  index: number
  row: TRow
  input: Record<string, unknown>
  key: string
  sourceUpdatedAt?: number
}
interface Write {
  indexes: number[]
  body: Record<string, unknown>[]
  /** `byTimestamps`: Twenty matched in the write; created when `createdAt` equals `updatedAt`. */
  kind: 'created' | 'updated' | 'byTimestamps'
}

/**
 * Imports rows into one object: map, validate, dedupe on a key, look the keys up, resolve differences by
 * strategy, then write in upsert batches of at most 60. Upserts keep every write safe to retry, so lost answers
 * and throttling never create duplicates. Bad rows never stop good ones, and every row ends up in exactly one
 * list of the report.
 */
export async function importMany<TRow, TCreate, TRecord>(
  resource: BaseResource<TRecord, TCreate, unknown>,
  schemaName: InputSchemaName,
  rows: readonly TRow[],
  options: ImportOptions<TRow, TCreate> & { keyBy: string },
): Promise<ImportReport<TRow, TRecord>> {
  const started = performance.now()
  const strategy = checkImportOptions(options, schemaName)
  const batchSize = Math.min(BATCH_SIZE, Math.max(1, options.batchSize ?? BATCH_SIZE))
  const report: ImportReport<TRow, TRecord> = {
    total: rows.length,
    created: [],
    updated: [],
    unchanged: [],
    skipped: [],
    failed: [],
    conflicts: [],
    counts: { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0, conflicts: 0 },
    durationMs: 0,
  }
  const progress = new ProgressTracker(rows.length, options.onProgress)
  const schema = (await loadSchemas()).inputSchemas[schemaName]

  // 1. Map, validate, key and dedupe every row; bad rows are reported and the rest go on.
  const prepared = new Map<string, Prepared<TRow>>()
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
      report.failed.push({
        index,
        row,
        reason: `invalid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
        errors,
      })
      continue
    }
    const input = parsed.data as Record<string, unknown>
    const key = normaliseKey(readPath(input, options.keyBy), options.keyBy)
    if (!key) {
      report.skipped.push({ index, row, reason: `no ${options.keyBy} to match on` })
      continue
    }
    const earlier = prepared.get(key)
    if (earlier) {
      report.skipped.push({
        index,
        row,
        reason: `duplicate of the row at index ${earlier.index} (same ${options.keyBy})`,
        duplicateOf: earlier.index,
      })
      continue
    }
    const stamp = options.sourceUpdatedAt?.(row, index)
    prepared.set(key, {
      index,
      row,
      input,
      key,
      sourceUpdatedAt: stamp === undefined ? undefined : new Date(stamp).getTime(),
    })
  }
  progress.advance(report.failed.length + report.skipped.length)

  // 2. Find the CRM records these keys already name.
  const existing =
    options.match === 'upsert'
      ? new Map<string, AnyRecord>()
      : await lookUp(resource, [...prepared.values()], options, batchSize)

  // 3. Decide per row, then write creates and updates in upsert batches.
  const writes: Write[] = []
  const creates: Prepared<TRow>[] = []
  const updates: { item: Prepared<TRow>; patch: Record<string, unknown> }[] = []
  for (const item of prepared.values()) {
    const record = existing.get(item.key)
    if (!record) {
      creates.push(item)
      continue
    }
    const resolution = resolveConflict(strategy, diffRecord(record, item.input), {
      crmUpdatedAt: record.updatedAt,
      sourceUpdatedAt: item.sourceUpdatedAt,
    })
    if (resolution.action === 'unchanged')
      report.unchanged.push({ index: item.index, recordId: record.id, reason: resolution.reason })
    else if (resolution.action === 'conflict')
      report.conflicts.push({
        index: item.index,
        row: item.row,
        recordId: record.id,
        fields: resolution.fields,
      })
    else updates.push({ item, patch: { id: record.id, ...patchFrom(resolution.fields) } })
  }
  progress.advance(report.unchanged.length + report.conflicts.length)
  for (let start = 0; start < creates.length; start += batchSize) {
    const slice = creates.slice(start, start + batchSize)
    writes.push({
      kind: options.match === 'upsert' ? 'byTimestamps' : 'created',
      indexes: slice.map((item) => item.index),
      body: slice.map((item) => item.input),
    })
  }
  for (let start = 0; start < updates.length; start += batchSize) {
    const slice = updates.slice(start, start + batchSize)
    writes.push({ kind: 'updated', indexes: slice.map((u) => u.item.index), body: slice.map((u) => u.patch) })
  }
  await runPool(writes, options.concurrency ?? 4, async (write) => {
    await writeBatch(resource, write, rows, report, options.signal)
    progress.advance(write.indexes.length)
  })

  for (const list of [
    report.created,
    report.updated,
    report.unchanged,
    report.skipped,
    report.failed,
    report.conflicts,
  ]) {
    list.sort((a, b) => a.index - b.index)
  }
  report.counts = {
    created: report.created.length,
    updated: report.updated.length,
    unchanged: report.unchanged.length,
    skipped: report.skipped.length,
    failed: report.failed.length,
    conflicts: report.conflicts.length,
  }
  report.durationMs = Math.round(performance.now() - started)
  return report
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

async function lookUp<TRow, TRecord>(
  resource: BaseResource<TRecord, unknown, unknown>,
  items: Prepared<TRow>[],
  options: ImportOptions<TRow, unknown> & { keyBy: string },
  batchSize: number,
): Promise<Map<string, AnyRecord>> {
  const found = new Map<string, AnyRecord>()
  const chunks: string[][] = []
  const spellings = items.flatMap((item) =>
    keySpellings(String(readPath(item.input, options.keyBy)), options.keyBy),
  )
  for (let start = 0; start < spellings.length; start += batchSize)
    chunks.push(spellings.slice(start, start + batchSize))
  await runPool(chunks, options.concurrency ?? 4, async (values) => {
    const filter = compileFilter(nestAtPath(options.keyBy, { in: values }))
    for await (const record of resource.iterate({ filter, limit: 200, signal: options.signal })) {
      const key = normaliseKey(readPath(record, options.keyBy), options.keyBy)
      if (key && !found.has(key)) found.set(key, record as AnyRecord)
    }
  })
  return found
}

// One upsert batch; when Twenty refuses it (one bad record fails the whole batch), each record is retried on
// its own so only the bad ones fail, each with Twenty's reason.
async function writeBatch<TRow, TRecord>(
  resource: BaseResource<TRecord, unknown, unknown>,
  write: Write,
  rows: readonly TRow[],
  report: ImportReport<TRow, TRecord>,
  signal: AbortSignal | undefined,
): Promise<void> {
  const settle = (index: number, record: TRecord) => {
    const stamps = record as { createdAt?: unknown; updatedAt?: unknown }
    const kind =
      write.kind !== 'byTimestamps'
        ? write.kind
        : stamps.createdAt === stamps.updatedAt
          ? 'created'
          : 'updated'
    report[kind].push({ index, record })
  }
  try {
    const records = await resource.createMany(write.body, { upsert: true, signal })
    for (const [position, record] of records.entries()) settle(write.indexes[position] as number, record)
    return
  } catch (error) {
    if (write.body.length === 1 || !(error instanceof TwentyError) || error.status !== 400) {
      for (const index of write.indexes)
        report.failed.push({ index, row: rows[index] as TRow, reason: describe(error) })
      return
    }
  }
  for (const [position, body] of write.body.entries()) {
    const index = write.indexes[position] as number
    try {
      const [record] = await resource.createMany([body], { upsert: true, signal })
      settle(index, record as TRecord)
    } catch (error) {
      report.failed.push({ index, row: rows[index] as TRow, reason: describe(error) })
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof TwentyError) return error.messages[0] ?? error.message
  return error instanceof Error ? error.message : String(error)
}

async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (next < items.length) await work(items[next++] as T)
  })
  await Promise.all(workers)
}
