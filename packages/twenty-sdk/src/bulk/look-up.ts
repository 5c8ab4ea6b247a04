import { compileFilter } from '../filters/compile-filter.js'
import { chunk } from '../internal/chunk.js'
import { nestAtPath, readPath } from '../internal/field-path.js'
import type { BaseResource } from '../resources/base-resource.js'
import type { ImportOptions } from './import-types.js'
import type { Prepared } from './prepare-rows.js'
import { keySpellings, normaliseKey } from './record-keys.js'

/** A CRM record as the importer reads it. */
export type AnyRecord = Record<string, unknown> & { id: string; updatedAt?: string }

/** Finds the CRM records the rows' keys already name, by normalised key, in `in` filters of `batchSize` values. */
export async function lookUp<TRow, TRecord>(
  resource: BaseResource<TRecord, unknown, unknown>,
  items: Prepared<TRow>[],
  options: ImportOptions<TRow, unknown> & { keyBy: string },
  batchSize: number,
): Promise<Map<string, AnyRecord>> {
  const found = new Map<string, AnyRecord>()
  const spellings = items.flatMap((item) =>
    keySpellings(String(readPath(item.input, options.keyBy)), options.keyBy),
  )
  await runPool(chunk(spellings, batchSize), options.concurrency ?? 4, async (values) => {
    const filter = compileFilter(nestAtPath(options.keyBy, { in: values }))
    for await (const record of resource.iterate({ filter, limit: 200, signal: options.signal })) {
      const key = normaliseKey(readPath(record, options.keyBy), options.keyBy)
      if (key && !found.has(key)) found.set(key, record as AnyRecord)
    }
  })
  return found
}

/** Runs `work` over `items` with at most `concurrency` in flight, in order of start. */
export async function runPool<T>(
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
