import type { PageInfo } from '../pagination/page.js'
import type { DuplicatesResult } from './resource-options.js'

/** The result for an input Twenty found nothing for (or, asked by id, no record with that id). */
export function noDuplicates<TRecord>(): DuplicatesResult<TRecord> {
  return { duplicates: [], totalCount: 0, pageInfo: { startCursor: null, endCursor: null } }
}

/**
 * The entries of Twenty's `/duplicates` answer. Each holds one `<singular>Duplicates` list (`key`), found by its
 * suffix too, for `records()` whose singular was guessed wrong (`movies` → `movy`), where reading only the guessed
 * name would report no duplicates.
 */
export function readDuplicates<TRecord>(
  body: { data?: unknown } | undefined,
  key: string,
): DuplicatesResult<TRecord>[] {
  const entries = Array.isArray(body?.data) ? (body.data as Record<string, unknown>[]) : []
  const listKey = (entry: Record<string, unknown>) =>
    key in entry ? key : (Object.keys(entry).find((name) => name.endsWith('Duplicates')) ?? key)
  return entries.map((entry) => ({
    duplicates: (entry[listKey(entry)] as TRecord[] | undefined) ?? [],
    totalCount: (entry.totalCount as number | undefined) ?? 0,
    pageInfo: (entry.pageInfo as PageInfo | undefined) ?? { startCursor: null, endCursor: null },
  }))
}
