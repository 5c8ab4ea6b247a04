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

/** How many items this run should return: a few for a sample, Zapier's limit (at most 100) otherwise. */
export function pollLimit(bundle: Pick<Bundle, 'meta'>): number {
  if (bundle.meta?.isLoadingSample) return SAMPLE_ITEMS
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
