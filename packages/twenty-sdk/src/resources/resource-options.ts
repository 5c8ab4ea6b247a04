import type { FilterInput, OrderByInput } from '../filters/filter-types.js'
import type { PageInfo } from '../pagination/page.js'

/** Options every call accepts. */
export interface CallOptions {
  /**
   * Aborts the request (and any retry waiting); the call rejects with a {@link TwentyConnectionError} whose `code`
   * is `'ABORTED'` and whose `cause` is the signal's reason.
   *
   * @example
   * await twenty.people.list({ signal: AbortSignal.timeout(5_000) }) // gives up after 5 s, retries included
   */
  signal?: AbortSignal
}

/** Options of {@link BaseResource.get}. */
export interface GetOptions extends CallOptions {
  /** 0: foreign keys only (Twenty's default); 1: related records embedded, which a write then refuses. */
  depth?: 0 | 1
}

/** Options of {@link BaseResource.create}. */
export interface CreateOptions extends CallOptions {
  /** Create or update the record matched on its unique fields or id, as {@link BaseResource.upsert} does. */
  upsert?: boolean
  /**
   * A field path whose value identifies the record (`emails.primaryEmail`, `domainName.primaryLinkUrl`, or a
   * custom unique field). With it, a create whose answer was lost (timeout, reset, 5xx) is retried safely: the
   * SDK first looks the record up by that value, returns it if the lost attempt committed, and creates again
   * only if it did not. Without it, such a create is never retried, so it can never be duplicated.
   */
  uniqueBy?: string
  /** Retries of a `uniqueBy` create after ambiguous failures (default 3). */
  maxRetries?: number
}

/**
 * Options of {@link BaseResource.createMany}. It takes no `uniqueBy`: a batch that fails after its answer was lost
 * is not resent unless it is an upsert, and its error's {@link TwentyError.written} says where to resume.
 */
export interface CreateManyOptions extends CallOptions {
  /**
   * Create or update each record matched on its unique fields or id, as {@link BaseResource.upsert} does: safe to
   * repeat, so a batch whose answer was lost is retried.
   */
  upsert?: boolean
}

/** Parameters of {@link BaseResource.list}; {@link IterateParams} for {@link BaseResource.iterate}. */
export interface ListParams<TRecord> extends CallOptions {
  /**
   * Typed filter object or a raw Twenty filter string (see {@link Filter} and docs/filters.md); conditions at one
   * level are joined with `and`.
   */
  filter?: FilterInput<TRecord>
  /** Sort order, e.g. `{ createdAt: 'DescNullsLast' }`; Twenty appends `id` as a tiebreaker. */
  orderBy?: OrderByInput<TRecord>
  /**
   * Records per page you ask for (Twenty's default is 60 or 1,000 depending on its version). Twenty caps it
   * silently (at 200 or 10,000), so never infer the last page from a short page: follow `pageInfo`.
   */
  limit?: number
  /** `pageInfo.endCursor` of the previous page: the page after it is fetched. An opaque string, not an id. */
  startingAfter?: string
  /** `pageInfo.startCursor` of the next page, to page backward. */
  endingBefore?: string
  /** 0: foreign keys only (Twenty's default); 1: related records embedded. */
  depth?: 0 | 1
}

/**
 * Parameters of {@link BaseResource.iterate}: forward only, so no `endingBefore`. A `startingAfter` resumes an
 * iteration from a page's `endCursor`, and `limit` sets the page size, not the number of records.
 */
export type IterateParams<TRecord> = Omit<ListParams<TRecord>, 'endingBefore'>

/** One result of {@link BaseResource.findDuplicates}, for one input record or id, in input order. */
export interface DuplicatesResult<TRecord> {
  /** Existing records that look like the input; empty when there are none. */
  duplicates: TRecord[]
  /** How many duplicates Twenty found, which may exceed `duplicates.length`. */
  totalCount: number
  /** Twenty's paging information for the duplicates. */
  pageInfo: PageInfo
}
