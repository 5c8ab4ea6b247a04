import { compileFilter } from '../filters/compile-filter.js'
import { leavesStateOn } from '../filters/twenty-filter-reading.js'
import { chunk } from '../internal/chunk.js'
import { nestAtPath, readPath } from '../internal/field-path.js'
import type { BaseResource } from '../resources/base-resource.js'
import type { ImportOptions } from './import-types.js'
import type { Prepared } from './prepare-rows.js'
import { keySpellings, normaliseKey } from './record-keys.js'

/** A CRM record as the importer reads it. */
export type AnyRecord = Record<string, unknown> & { id: string; updatedAt?: string }

/**
 * Finds the CRM records the rows' keys already name, by normalised key, in filters of about `batchSize` values,
 * each `or(key[eq]:…,…)`: Twenty splits an `in` list at every comma, quoted or not, so a key such as
 * "Acme, Inc." could not be looked up in one. A key with an unpaired quote or bracket (O'Brien) must come last in
 * its filter, so each filter holds at most one. A row's spellings may span two filters; `onRowsDone` is called
 * after each filter is read with the number of rows whose every spelling has now been read.
 */
export async function lookUp<TRow, TRecord>(
  resource: BaseResource<TRecord, unknown, unknown>,
  items: Prepared<TRow>[],
  options: ImportOptions<TRow, unknown> & { keyBy: string },
  batchSize: number,
  onRowsDone: (rows: number) => void = () => {},
): Promise<Map<string, AnyRecord>> {
  const found = new Map<string, AnyRecord>()
  const spellings = items.flatMap((item, row) =>
    keySpellings(String(readPath(item.input, options.keyBy)), options.keyBy).map((value) => ({ value, row })),
  )
  // Each filter's values, and the rows they belong to (a row's spellings may span two filters).
  const filters = batches(spellings, batchSize, (value) =>
    leavesStateOn(keyCondition(options.keyBy, value)),
  ).map((part) => ({
    values: part.map((spelling) => spelling.value),
    rows: new Set(part.map((spelling) => spelling.row)),
  }))
  // How many filters still hold some spelling of each row.
  const pending = new Map<number, number>()
  for (const { rows } of filters) for (const row of rows) pending.set(row, (pending.get(row) ?? 0) + 1)
  await runPool(filters, options.concurrency ?? 4, async ({ values, rows }) => {
    const filter = compileFilter({ or: values.map((value) => nestAtPath(options.keyBy, { eq: value })) })
    for await (const record of resource.iterate({ filter, limit: 200, signal: options.signal })) {
      const key = normaliseKey(readPath(record, options.keyBy), options.keyBy)
      if (key && !found.has(key)) found.set(key, record as AnyRecord)
    }
    let done = 0
    for (const row of rows) {
      const left = (pending.get(row) as number) - 1
      pending.set(row, left)
      if (left === 0) done++
    }
    onRowsDone(done)
  })
  return found
}

/**
 * Runs `work` over `items` with at most `concurrency` in flight, in order of start. After a failure no item is
 * started, and the first error is thrown once the items in flight have ended: nothing runs on (requests,
 * progress events) after the caller has been told the run failed.
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  let failure: { error: unknown } | undefined
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (next < items.length && !failure) {
      try {
        await work(items[next++] as T)
      } catch (error) {
        failure ??= { error }
      }
    }
  })
  await Promise.all(workers)
  if (failure) throw failure.error
}

/** The condition that looks one key spelling up, as it is sent. */
export function keyCondition(keyBy: string, value: string): string {
  return compileFilter(nestAtPath(keyBy, { eq: value }))
}

/**
 * The spellings in batches of `size`, with at most one that leaves Twenty's parser state on per batch (the
 * compiler sends it last): those are spread one per batch, in batches of their own once every batch has one.
 */
function batches<T extends { value: string }>(
  items: readonly T[],
  size: number,
  stateOn: (value: string) => boolean,
): T[][] {
  const clean = items.filter((item) => !stateOn(item.value))
  const unpaired = items.filter((item) => stateOn(item.value))
  const result = chunk(clean, size)
  unpaired.forEach((item, index) => {
    const batch = result[index]
    if (batch) batch.push(item)
    else result.push([item])
  })
  return result
}
