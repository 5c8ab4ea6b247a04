import { TwentyError } from '../errors/twenty-error.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'
import type { Page } from './page.js'

/** Fetches the page that starts after `cursor` (`undefined` for the first page). */
export type PageFetcher<T> = (cursor: string | undefined) => Promise<Page<T>>

/** Largest `toArray` limit: past it, iterate and process records as they come instead of holding them all. */
export const MAX_TO_ARRAY_LIMIT = 100_000

/**
 * Iterates every record of a list, page after page, following `pageInfo.endCursor` while `hasNextPage` is true: what
 * {@link BaseResource.iterate} returns. Each `for await` loop starts again from the first page.
 *
 * Pages are fetched lazily, one at a time, so memory stays flat however many records there are. A cursor that
 * does not advance (a proxy dropping `starting_after`, cf. twentyhq/twenty#25874) stops the loop with an error
 * instead of looping forever.
 *
 * @example
 * for await (const person of twenty.people.iterate({ filter: { city: { eq: 'Hanoi' } } })) console.log(person.id)
 */
export class PageIterator<T> implements AsyncIterable<T> {
  readonly #fetchPage: PageFetcher<T>

  /**
   * {@link BaseResource.iterate} builds one for you. Build one yourself to page a list the SDK has no verb for:
   * `fetchPage` gets the previous page's `endCursor` (`undefined` for the first page) and returns the next page.
   */
  constructor(fetchPage: PageFetcher<T>) {
    this.#fetchPage = fetchPage
  }

  /**
   * Yields whole pages instead of records, e.g. to process a batch at a time or to read `totalCount` from the first
   * page.
   *
   * @throws {@link TwentyError} with code `CURSOR_DID_NOT_ADVANCE` when the server hands back a cursor it already
   * gave (a proxy dropping `starting_after`), or `UNEXPECTED_RESPONSE` when it says more records follow but sends no
   * cursor: stopping silently would return a partial list as if it were whole.
   * @example
   * for await (const page of twenty.people.iterate({ limit: 200 }).pages()) await warehouse.insert(page.data)
   */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let cursor: string | undefined
    const seen = new Set<string>()
    while (true) {
      const page = await this.#fetchPage(cursor)
      const next = page.pageInfo.endCursor
      const more = page.pageInfo.hasNextPage === true && page.data.length > 0
      // Checked before the page is yielded: a repeated page must not reach the caller twice.
      if (more && next && seen.has(next)) {
        throw new TwentyError({
          message: `Pagination stopped: the server returned the same cursor twice (${next.slice(0, 16)}…)`,
          code: 'CURSOR_DID_NOT_ADVANCE',
        })
      }
      // More records but no cursor to them: stopping here would return a partial list as if it were whole.
      if (more && !next) {
        throw new TwentyError({
          message: 'Pagination stopped: the server said more records follow but sent no endCursor',
          code: 'UNEXPECTED_RESPONSE',
        })
      }
      yield page
      if (!more || !next) return
      seen.add(next)
      cursor = next
    }
  }

  /**
   * What `for await` calls: yields every record, fetching the next page when the current one is used up. Throws what
   * {@link PageIterator.pages} throws.
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.data
  }

  /**
   * Collects records into an array, up to a required `limit`, so a large workspace cannot exhaust memory by
   * accident. Stops fetching as soon as the limit is reached.
   *
   * @param options.limit the most records to collect, from 1 to 100,000; fewer come back when fewer match
   * @throws {@link TwentyValidationError} with code `INVALID_LIMIT` when `limit` is missing, not an integer or out
   * of range, before anything is fetched.
   * @example
   * const newest = await twenty.people.iterate({ orderBy: { createdAt: 'DescNullsLast' } }).toArray({ limit: 100 })
   */
  async toArray(options: { limit: number }): Promise<T[]> {
    const limit = options?.limit
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TO_ARRAY_LIMIT) {
      throw new TwentyValidationError({
        message: `toArray needs a limit: an integer from 1 to ${MAX_TO_ARRAY_LIMIT}`,
        code: 'INVALID_LIMIT',
        issues: [{ path: 'limit', message: `Expected an integer from 1 to ${MAX_TO_ARRAY_LIMIT}` }],
      })
    }
    const records: T[] = []
    for await (const record of this) {
      records.push(record)
      if (records.length >= limit) break
    }
    return records
  }
}
