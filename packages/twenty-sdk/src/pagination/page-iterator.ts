import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyError } from '../errors/twenty-error.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'
import type { Page } from './page.js'

/** Fetches the page that starts after `cursor` (`undefined` for the first page). */
export type PageFetcher<T> = (cursor: string | undefined) => Promise<Page<T>>

/** Options of a {@link PageIterator}. */
export interface PageIteratorOptions<T> {
  /**
   * A record's identity (its `id`). With it, a record already yielded is not yielded again when a change during the
   * loop moved it past the cursor (an update to the field the list is ordered by), at the cost of remembering the
   * identity of every record yielded. {@link BaseResource.iterate} sets it when you pass `orderBy`.
   */
  identify?: (record: T) => unknown
}

/** Largest `toArray` limit: past it, iterate and process records as they come instead of holding them all. */
export const MAX_TO_ARRAY_LIMIT = 100_000

/**
 * Iterates every record of a list, page after page, following `pageInfo.endCursor` while `hasNextPage` is true: what
 * {@link BaseResource.iterate} returns. Each `for await` loop starts again from the first page.
 *
 * Pages are fetched lazily, one at a time, so memory stays flat however many records there are, but for the ids
 * kept with `identify` (about 100 bytes a record). A cursor that does not advance (a proxy dropping
 * `starting_after`, cf. twentyhq/twenty#25874) stops the loop with an error instead of looping forever.
 *
 * @example
 * for await (const person of twenty.people.iterate({ filter: { city: { eq: 'Hanoi' } } })) console.log(person.id)
 */
export class PageIterator<T> implements AsyncIterable<T> {
  readonly #fetchPage: PageFetcher<T>
  // Typed on `unknown`, not `T`: a parameter of type T would make `PageIterator<Person>` no longer a
  // `PageIterator<unknown>`, nor a resource of people a resource of unknown records.
  readonly #identify: ((record: unknown) => unknown) | undefined

  /**
   * {@link BaseResource.iterate} builds one for you. Build one yourself to page a list the SDK has no verb for:
   * `fetchPage` gets the previous page's `endCursor` (`undefined` for the first page) and returns the next page.
   */
  constructor(fetchPage: PageFetcher<T>, options: PageIteratorOptions<T> = {}) {
    this.#fetchPage = fetchPage
    this.#identify = options.identify as ((record: unknown) => unknown) | undefined
  }

  /**
   * Yields whole pages instead of records, e.g. to process a batch at a time or to read `totalCount` from the first
   * page. Keep the last page's `pageInfo.endCursor` to resume after an error: pass it as `startingAfter` to
   * `iterate()`. With `identify`, records already yielded are left out of `data`; a page left empty is still yielded, for its cursor.
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
    const identify = this.#identify
    const yielded = new Set<unknown>()
    while (true) {
      const page = await this.#fetchPage(cursor)
      const next = page.pageInfo.endCursor
      // Not gated on `data.length`: an empty page that says more follow is a server fault, not the end of the list.
      const more = page.pageInfo.hasNextPage === true
      // Checked before the page is yielded: a repeated page must not reach the caller twice.
      if (more && next && seen.has(next)) {
        throw new TwentyError({
          message: `Pagination stopped: the server returned the same cursor twice (${next.slice(0, 16)}…)`,
          code: 'CURSOR_DID_NOT_ADVANCE' satisfies TwentySdkErrorCode,
        })
      }
      // More records but no cursor to them: stopping here would return a partial list as if it were whole.
      if (more && !next) {
        throw new TwentyError({
          message: 'Pagination stopped: the server said more records follow but sent no endCursor',
          code: 'UNEXPECTED_RESPONSE' satisfies TwentySdkErrorCode,
        })
      }
      // Yielded even when every record was left out: its `endCursor` is where a resumed run must start.
      yield identify ? unseen(page, identify, yielded) : page
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
        code: 'INVALID_LIMIT' satisfies TwentySdkErrorCode,
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

/**
 * The page without the records already yielded, which a change to their sort key during the loop moved past the
 * cursor; records not seen before are added to `yielded`.
 */
function unseen<T>(page: Page<T>, identify: (record: unknown) => unknown, yielded: Set<unknown>): Page<T> {
  const data = page.data.filter((record) => {
    const key = identify(record)
    // A record without an identity cannot be told apart from another: it is always kept.
    if (key === undefined) return true
    if (yielded.has(key)) return false
    yielded.add(key)
    return true
  })
  return data.length === page.data.length ? page : { ...page, data }
}
