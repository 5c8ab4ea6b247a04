import { compileFilter } from '../filters/compile-filter.js'
import { chunk } from '../internal/chunk.js'
import { nestAtPath, readPath } from '../internal/field-path.js'
import type { BaseResource } from '../resources/base-resource.js'
import type { ImportOptions } from './import-types.js'
import type { Prepared } from './prepare-rows.js'
import { keySpellings, normaliseKey } from './record-keys.js'

/** A CRM record as the importer reads it. */
export type AnyRecord = Record<string, unknown> & { id: string; updatedAt?: string }

/**
 * Finds the CRM records the rows' keys already name, by normalised key, in `in` filters of `batchSize` values.
 * A row's spellings may span two filters; `onRowsDone` is called after each filter is read with the number of
 * rows whose every spelling has now been read.
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
  const filters = chunk(spellings, batchSize).map((part) => ({
    values: part.map((spelling) => spelling.value),
    rows: new Set(part.map((spelling) => spelling.row)),
  }))
  // How many filters still hold some spelling of each row.
  const pending = new Map<number, number>()
  for (const { rows } of filters) for (const row of rows) pending.set(row, (pending.get(row) ?? 0) + 1)
  await runPool(filters, options.concurrency ?? 4, async ({ values, rows }) => {
    const filter = compileFilter(nestAtPath(options.keyBy, { in: values }))
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
