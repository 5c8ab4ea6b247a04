import { TwentyError } from '../errors/twenty-error.js'
import { chunk } from '../internal/chunk.js'
import type { BaseResource, InputSchemaName } from '../resources/base-resource.js'
import { BATCH_SIZE } from '../resources/base-resource.js'
import { loadSchemas } from '../validation/validate-lazily.js'
import { checkImportOptions } from './check-import-options.js'
import { diffRecord, patchFrom } from './diff-record.js'
import type { FailedRow, ImportOptions, ImportReport } from './import-types.js'
import { type AnyRecord, isTrashed, lookUp, runPool } from './look-up.js'
import { type Prepared, prepareRows } from './prepare-rows.js'
import { ProgressTracker } from './progress.js'
import { resolveConflict } from './resolve-conflict.js'
import { hasPhoneNumber, loadPhonesInStoredForm } from './stored-phones.js'
import { lookUpByUniqueField } from './unique-field.js'

interface Write {
  indexes: number[]
  body: Record<string, unknown>[]
  /** `byTimestamps`: Twenty matched in the write; created when `createdAt` equals `updatedAt`. */
  kind: 'created' | 'updated' | 'byTimestamps'
  /** The rows whose record this write brings back from the trash. */
  restored?: Set<number>
}

/**
 * Imports rows into one object: map, validate, dedupe on a key, look the keys up, resolve differences by
 * strategy, then write in upsert batches of at most 60. Every write is one Twenty can match again (a row the lookup
 * did not find goes with an id of its own), so lost answers and throttling never create duplicates; with match
 * 'upsert', a row without the object's unique value is not sent twice, and a lost answer leaves it in `failed`.
 * Bad rows never stop good ones, and every row ends up in exactly one list of the report.
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
  const prepared = prepareRows(rows, options, strategy, schema, report)
  const lookingUp = options.match !== 'upsert' && prepared.size > 0
  if (lookingUp) progress.startLookUp(prepared.size)
  progress.advance(report.failed.length + report.skipped.length)

  // 2. Find the CRM records these keys already name.
  const existing = lookingUp
    ? await lookUp(resource, [...prepared.values()], options, batchSize, (found) => progress.lookedUp(found))
    : new Map<string, AnyRecord>()
  const byUniqueField = lookingUp
    ? await lookUpByUniqueField(
        resource,
        schemaName,
        [...prepared.values()].filter((item) => !existing.has(item.key) || isTrashed(existing.get(item.key))),
        options,
        batchSize,
      )
    : new Map<number, AnyRecord>()
  // A live record is the match over a trashed one: Twenty's upsert writes to the id the row is sent with.
  const matchOf = (item: Prepared<TRow>) => {
    const byKey = existing.get(item.key)
    const byUnique = byUniqueField.get(item.index)
    return byKey && !isTrashed(byKey)
      ? byKey
      : byUnique && !isTrashed(byUnique)
        ? byUnique
        : (byKey ?? byUnique)
  }
  progress.startWrites()
  // Phones are compared as Twenty stores them, which takes libphonenumber-js: loaded only when a matched row has one.
  const phonesInStoredForm = [...prepared.values()].some(
    (item) => matchOf(item) !== undefined && Object.values(item.input).some(hasPhoneNumber),
  )
    ? await loadPhonesInStoredForm()
    : undefined

  // 3. Decide per row, then write creates and updates in upsert batches.
  const writes: Write[] = []
  const creates: Prepared<TRow>[] = []
  const updates: { item: Prepared<TRow>; patch: Record<string, unknown>; restored: boolean }[] = []
  // One row per CRM record: the row whose key names it, else the first whose unique field does. A second row
  // writing the same record would mix both rows into it and report both updated.
  const claimed = new Map<string, number>()
  for (const item of prepared.values()) {
    const record = matchOf(item)
    if (record && existing.get(item.key) === record) claimed.set(record.id, item.index)
  }
  let contested = 0
  for (const item of prepared.values()) {
    const record = matchOf(item)
    if (!record) {
      creates.push(item)
      continue
    }
    const owner = claimed.get(record.id) ?? item.index
    if (owner !== item.index) {
      contested++
      report.failed.push({
        index: item.index,
        row: item.row,
        reason: `matches the CRM record ${record.id}, which the row at index ${owner} writes: only one row may write a record`,
      })
      continue
    }
    claimed.set(record.id, item.index)
    // The key matched, so a different spelling of it (`Linh@Example.com`, `www.acme.com/`) is no difference: Twenty
    // stores its own normal form, and rewriting it would change nothing but make every re-run an update. A record
    // matched on its unique field instead holds another key, which is a difference like any other.
    const byKey = existing.get(item.key) === record
    const differences = [
      // Any write to a trashed record restores it (Twenty's upsert writes `deletedAt: null` into its match), so
      // leaving the trash is a difference the strategy decides like the others.
      ...(isTrashed(record) ? [{ field: 'deletedAt', crm: record.deletedAt, incoming: null }] : []),
      ...diffRecord(record, item.input, phonesInStoredForm).filter(
        ({ field }) => !byKey || field !== options.keyBy,
      ),
    ]
    const resolution = resolveConflict(strategy, differences, {
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
    else
      updates.push({
        item,
        patch: updatePatch(schema, record, resolution.fields),
        restored: isTrashed(record),
      })
  }
  progress.advance(report.unchanged.length + report.conflicts.length + contested)
  for (const slice of chunk(creates, batchSize)) {
    writes.push({
      kind: options.match === 'upsert' ? 'byTimestamps' : 'created',
      indexes: slice.map((item) => item.index),
      body: slice.map((item) => (options.match === 'upsert' ? item.input : withOwnId(item.input))),
    })
  }
  for (const slice of chunk(updates, batchSize)) {
    writes.push({
      kind: 'updated',
      indexes: slice.map((u) => u.item.index),
      body: slice.map((u) => u.patch),
      restored: new Set(slice.filter((u) => u.restored).map((u) => u.item.index)),
    })
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
  if (progress.failure) report.progressError = progress.failure.error
  report.durationMs = Math.round(performance.now() - started)
  return report
}

// The update of one matched record, composites sent whole; when the CRM's own sub-values would not pass the
// input schema (data older than today's rules), only the changed sub-fields go.
function updatePatch(
  schema: { safeParse(value: unknown): { success: boolean } },
  record: AnyRecord,
  fields: Parameters<typeof patchFrom>[0],
): Record<string, unknown> {
  // `deletedAt` is not an input field: the upsert by id restores a trashed record by itself.
  const written = fields.filter(({ field }) => field !== 'deletedAt')
  const whole = { id: record.id, ...patchFrom(written, record) }
  return schema.safeParse(whole).success ? whole : { id: record.id, ...patchFrom(written) }
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
    report[kind].push(write.restored?.has(index) ? { index, record, restored: true } : { index, record })
  }
  try {
    const records = await resource.createMany(write.body, { upsert: true, signal })
    for (const [position, record] of records.entries()) settle(write.indexes[position] as number, record)
    return
  } catch (error) {
    if (write.body.length === 1 || !(error instanceof TwentyError) || error.status !== 400) {
      for (const index of write.indexes) report.failed.push(failedRow(index, rows[index] as TRow, error))
      return
    }
  }
  for (const [position, body] of write.body.entries()) {
    const index = write.indexes[position] as number
    try {
      const [record] = await resource.createMany([body], { upsert: true, signal })
      settle(index, record as TRecord)
    } catch (error) {
      report.failed.push(failedRow(index, rows[index] as TRow, error))
    }
  }
}

function failedRow<TRow>(index: number, row: TRow, error: unknown): FailedRow<TRow> {
  if (error instanceof TwentyError) return { index, row, reason: error.messages[0] ?? error.message, error }
  return { index, row, reason: error instanceof Error ? error.message : String(error) }
}

/**
 * A row the lookup did not find, given an id of its own unless it has one: Twenty's upsert then matches it by id, so
 * a write whose answer was lost can be sent again without creating the record twice, whatever the object (tasks,
 * notes, opportunities and custom objects have no other field it matches on; nor has a person without an email).
 * Not with match 'upsert': there Twenty matches the row on its unique field, and an id would re-key the record found.
 */
function withOwnId(input: Record<string, unknown>): Record<string, unknown> {
  return typeof input.id === 'string' && input.id !== ''
    ? input
    : { ...input, id: globalThis.crypto.randomUUID() }
}
