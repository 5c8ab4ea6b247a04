import { compareValues, type SortKey, sortValues } from '../query/order-by.js'
import type { StoredRecord } from '../store/record-store.js'
import type { SandboxState } from './context.js'

/** A selected record with the values its order sorts on (what its cursor encodes). */
export interface SortedRow {
  record: StoredRecord
  values: unknown[]
}

interface CachedSelection {
  generation: number
  rows: SortedRow[]
}

// Iterating 100,000 records asks for the same filter and order 500 times in a row, and sorting them again for
// every page made the sandbox the bottleneck (ids are random, so each sort is a full n log n). The sorted list
// is kept until the store's next write; a handful of recent queries per sandbox is enough for any client loop.
const MAX_CACHED = 8
const caches = new WeakMap<SandboxState, Map<string, CachedSelection>>()

/**
 * The records `select` returns, sorted by `keys`, reused while nothing was written since: `cacheKey` must name
 * everything the selection depends on (object, filter, order, soft-deleted rows or not).
 */
export function sortedSelection(
  state: SandboxState,
  cacheKey: string,
  keys: readonly SortKey[],
  select: () => StoredRecord[],
): SortedRow[] {
  let cache = caches.get(state)
  if (!cache) {
    cache = new Map()
    caches.set(state, cache)
  }
  const cached = cache.get(cacheKey)
  if (cached && cached.generation === state.store.generation) return cached.rows
  const rows = select()
    .map((record) => ({ record, values: sortValues(record, keys) }))
    .sort((a, b) => compareValues(a.values, b.values, keys))
  cache.delete(cacheKey)
  cache.set(cacheKey, { generation: state.store.generation, rows })
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string)
  return rows
}

/**
 * The index of the first row sorting after `values` (`after`), or not before them (`atOrAfter`): a binary
 * search. Rows from the first are the ones a forward page after a cursor reads; rows before the second are the
 * ones a backward page reads.
 */
export function boundary(
  rows: readonly SortedRow[],
  values: readonly unknown[],
  keys: readonly SortKey[],
  side: 'after' | 'atOrAfter',
): number {
  const lowest = side === 'after' ? 1 : 0
  let low = 0
  let high = rows.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareValues((rows[middle] as SortedRow).values, values, keys) >= lowest) high = middle
    else low = middle + 1
  }
  return low
}
