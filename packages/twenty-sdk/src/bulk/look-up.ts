import { compileFilter } from '../filters/compile-filter.js'
import { leavesStateOn } from '../filters/twenty-filter-reading.js'
import { nestAtPath, readPath } from '../internal/field-path.js'
import type { BaseResource } from '../resources/base-resource.js'
import type { ImportOptions } from './import-types.js'
import type { Prepared } from './prepare-rows.js'
import { keySpellings, normaliseKey } from './record-keys.js'

/** A CRM record as the importer reads it. */
export type AnyRecord = Record<string, unknown> & {
  id: string
  updatedAt?: string
  deletedAt?: string | null
}

/** Whether a record read by {@link lookUp} is in the trash. */
export const isTrashed = (record: AnyRecord | undefined): boolean =>
  typeof record?.deletedAt === 'string' && record.deletedAt !== ''

// Names `deletedAt` without narrowing: Twenty then reads live and trashed records alike.
const WITH_TRASHED = { or: [{ deletedAt: { is: 'NULL' } }, { deletedAt: { is: 'NOT_NULL' } }] }

/**
 * Finds the CRM records the rows' keys already name, by normalised key, in filters of about `batchSize` values,
 * each `or(key[eq]:…,…)`. Records in the trash are read too (the filter names `deletedAt`, which lifts Twenty's
 * soft-delete exclusion), since Twenty's upsert matches and restores them; a live record is kept over a trashed
 * one with the same key. Twenty splits an `in` list at every comma, quoted or not, so a key such as
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
    lookUpFilters(String(readPath(item.input, options.keyBy)), options.keyBy).map((filter) => ({
      filter,
      row,
    })),
  )
  // Each filter's conditions, and the rows they belong to (a row's spellings may span two filters).
  const conditions = spellings.map((spelling) => ({ ...spelling, condition: keyCondition(spelling.filter) }))
  const filters = batches(conditions, batchSize).map((part) => ({
    parts: part.map((spelling) => spelling.filter),
    rows: new Set(part.map((spelling) => spelling.row)),
  }))
  // How many filters still hold some spelling of each row.
  const pending = new Map<number, number>()
  for (const { rows } of filters) for (const row of rows) pending.set(row, (pending.get(row) ?? 0) + 1)
  await runPool(filters, options.concurrency ?? 4, async ({ parts, rows }) => {
    const filter = compileFilter({ and: [{ or: parts }, WITH_TRASHED] })
    for await (const record of resource.iterate({ filter, limit: 200, signal: options.signal })) {
      const key = normaliseKey(readPath(record, options.keyBy), options.keyBy)
      const earlier = key === undefined ? undefined : found.get(key)
      if (key && (!earlier || (isTrashed(earlier) && !isTrashed(record as AnyRecord))))
        found.set(key, record as AnyRecord)
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

/**
 * The spellings a key is looked up by: {@link keySpellings}, the key as written when it has surrounding spaces,
 * since the row is written as given and Twenty's `eq` would not find it again by the trimmed text, and its
 * decomposed form (NFD), in which a file saved on macOS wrote it and Postgres keeps it, unequal to the composed one.
 */
export function lookUpSpellings(value: string, keyBy: string): string[] {
  const nfc = value.normalize('NFC')
  const nfd = value.trim().normalize('NFD')
  return [...new Set([...keySpellings(value, keyBy), value, nfc, nfc.toLowerCase(), nfd])]
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The conditions that look a key up: `eq` each of its {@link lookUpSpellings}, and for a key compared ignoring case
 * (neither an email, which Twenty lower-cases on write, nor a link, whose path keeps its case, nor an id) `ilike` the
 * key, since Twenty's `eq` is exact and `ACME Renewal` in a file must find the deal the CRM holds as `Acme Renewal`.
 * `ilike`'s wildcards (`_`, `%`) can only find more records, which are then compared by key; a key with a backslash,
 * which Postgres reads as an escape, is left to `eq`.
 */
export function lookUpFilters(value: string, keyBy: string): Record<string, unknown>[] {
  const exact = lookUpSpellings(value, keyBy).map((spelling) => nestAtPath(keyBy, { eq: spelling }))
  const key = value.trim().normalize('NFC')
  const caseSensitive = /url$|email/i.test(keyBy) || keyBy === 'id' || key.includes('\\')
  // Only text has a case, and Twenty refuses `ilike` on a number, uuid or select field with a 400 that would stop
  // the import: a key without letters in two cases, a uuid, or a key field named like an id (`…Id`) keeps `eq`.
  const textual = key.toLowerCase() !== key.toUpperCase() && !UUID.test(key) && !/Id$/.test(keyBy)
  if (caseSensitive || !textual) return exact
  // `ilike` compares code points too: a key stored decomposed is found only by its decomposed form.
  const forms = [...new Set([key, key.normalize('NFD')])]
  return [...exact, ...forms.map((form) => nestAtPath(keyBy, { ilike: form }))]
}

/** One look-up condition, as it is sent. */
export function keyCondition(filter: Record<string, unknown>): string {
  return compileFilter(filter)
}

/**
 * Longest look-up filter, URL-encoded. nginx, often in front of a self-hosted Twenty, refuses a request line over
 * 8 KB by default, and 60 conditions on a long key (a LinkedIn URL) can pass that.
 */
const MAX_FILTER_LENGTH = 6_000

/**
 * The spellings in batches of at most `size` conditions and {@link MAX_FILTER_LENGTH} characters once URL-encoded,
 * with at most one condition that leaves Twenty's parser state on per batch (the compiler sends it last): those
 * join a batch that has none and room, or a batch of their own.
 */
function batches<T extends { condition: string }>(items: readonly T[], size: number): T[][] {
  const result: { items: T[]; length: number; stateOn: boolean }[] = []
  const cost = (item: T) => encodeURIComponent(item.condition).length + 1
  const fits = (batch: { length: number }, item: T) => batch.length + cost(item) <= MAX_FILTER_LENGTH
  const place = (batch: (typeof result)[number] | undefined, item: T) => {
    const target = batch ?? { items: [], length: 0, stateOn: false }
    if (!batch) result.push(target)
    target.items.push(item)
    target.length += cost(item)
    return target
  }
  let current: (typeof result)[number] | undefined
  const stateOn = new Set(items.filter((one) => leavesStateOn(one.condition)))
  for (const item of items.filter((one) => !stateOn.has(one))) {
    const full = current && (current.items.length >= size || !fits(current, item))
    current = place(full ? undefined : current, item)
  }
  for (const item of stateOn) {
    place(
      result.find((batch) => !batch.stateOn && fits(batch, item)),
      item,
    ).stateOn = true
  }
  return result.map((batch) => batch.items)
}
