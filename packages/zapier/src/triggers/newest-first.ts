import type { IterateParams, PageIterator } from 'twenty-sdk'
import type { Bundle } from 'zapier-platform-core'

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

/**
 * One page of a dynamic dropdown: Zapier asks for page 0, 1, 2… as the user scrolls; Twenty pages by cursor,
 * so page n follows n cursors (dropdowns are rarely scrolled far).
 */
export async function dropdownPage<T>(
  resource: Listable<T>,
  page: number,
  orderBy: IterateParams<T>['orderBy'],
): Promise<T[]> {
  let index = 0
  for await (const result of resource.iterate({ orderBy, limit: PAGE_SIZE }).pages()) {
    if (index === page) return result.data
    index++
  }
  return []
}
