import type { IterateParams, ListParams, Page, PageIterator } from 'twenty-sdk'
import type { Bundle } from 'zapier-platform-core'
import { type CursorStore, storedStart, storeStart } from './hidden/dropdown-cursor.js'

/** Zapier takes at most 100 new items per poll; asking for more only costs time and requests. */
export const MAX_POLL_ITEMS = 100
/** Items a sample load asks for (Zapier's guidance: about three). */
export const SAMPLE_ITEMS = 3
// Below the smallest page cap of any Twenty version (60), so a page is never silently shortened.
const PAGE_SIZE = 50

/** Anything with the SDK's `iterate()`: a standard resource or `records(plural)`. */
export interface Listable<T> {
  iterate(params?: IterateParams<T>): PageIterator<T>
}

/**
 * Items read when a Zap is turned on, to fill Zapier's dedupe table ("grab as many items as possible"): a list
 * sorted by `updatedAt` brings old records back to the top, and one never seen then fires as new (a deal won
 * years ago, edited today, would fire Opportunity Won). 20 pages of 50 stay well within the step's time budget and
 * Zapier's 20 MB; a won deal older than that still fires once if it is edited.
 */
export const DEDUPE_ITEMS = 1000

/**
 * How many items this run should return: a few for a sample, many when filling the dedupe table, Zapier's limit
 * (at most 100) otherwise.
 */
export function pollLimit(bundle: Pick<Bundle, 'meta'>): number {
  if (bundle.meta?.isLoadingSample) return SAMPLE_ITEMS
  if (bundle.meta?.isPopulatingDedupe) return DEDUPE_ITEMS
  const limit = bundle.meta?.limit
  return typeof limit === 'number' && limit > 0 ? Math.min(limit, MAX_POLL_ITEMS) : MAX_POLL_ITEMS
}

/**
 * Records newest first by `sortBy`, following Twenty's cursors until `limit`. Zapier's dedupe needs newest
 * first: it only remembers the ids it saw, and reads the top of the list on every poll.
 */
export function newestFirst<T>(
  resource: Listable<T>,
  sortBy: 'createdAt' | 'updatedAt',
  limit: number,
  filter?: IterateParams<T>['filter'],
): Promise<T[]> {
  const orderBy = { [sortBy]: 'DescNullsLast' } as IterateParams<T>['orderBy']
  return resource.iterate({ filter, orderBy, limit: Math.min(limit, PAGE_SIZE) }).toArray({ limit })
}

/** What a dropdown pages through: {@link Listable}, plus one page at a time after a cursor. */
export interface Pageable<T> extends Listable<T> {
  list(params?: ListParams<T>): Promise<Page<T>>
}

/**
 * One page of a dynamic dropdown: Zapier asks for page 0, 1, 2… as the user scrolls, and Twenty pages by cursor.
 * Each page stores in `cursor` (Zapier's `z.cursor`) where the next one starts, so page n is a single request
 * after that cursor; without a stored cursor (expired after about an hour, or a runtime without `z.cursor`),
 * page n follows n cursors from the first page, slower but the same records.
 */
export async function dropdownPage<T>(
  resource: Pageable<T>,
  page: number,
  orderBy: IterateParams<T>['orderBy'],
  cursor: CursorStore,
): Promise<T[]> {
  const start = page > 0 ? await storedStart(cursor, page) : undefined
  if (start === null) return []
  const result =
    start === undefined
      ? await walkTo(resource, page, orderBy)
      : await resource.list({ startingAfter: start, orderBy, limit: PAGE_SIZE })
  const more = result?.pageInfo.hasNextPage === true
  const next = result?.pageInfo.endCursor
  // More records but no cursor to them: nothing to store, the next page walks (and reports the server's fault).
  if (!more || next) await storeStart(cursor, page + 1, more && next ? next : null)
  return result?.data ?? []
}

/** Page `page` of the list, following cursors from the first; `undefined` past the last page. */
async function walkTo<T>(
  resource: Listable<T>,
  page: number,
  orderBy: IterateParams<T>['orderBy'],
): Promise<Page<T> | undefined> {
  let index = 0
  for await (const result of resource.iterate({ orderBy, limit: PAGE_SIZE }).pages()) {
    if (index === page) return result
    index++
  }
  return undefined
}
