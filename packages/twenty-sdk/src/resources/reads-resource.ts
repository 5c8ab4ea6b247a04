import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'
import { compileFilter, compileOrderBy } from '../filters/compile-filter.js'
import { chunk } from '../internal/chunk.js'
import type { Page, PageInfo } from '../pagination/page.js'
import { PageIterator } from '../pagination/page-iterator.js'
import { checkArray } from '../validation/check-array.js'
import { validateLazily } from '../validation/validate-lazily.js'
import { noDuplicates, readDuplicates } from './duplicates.js'
import { FilteredWritesResource } from './filtered-writes.js'
import type {
  CallOptions,
  DuplicatesResult,
  GetOptions,
  IterateParams,
  ListParams,
} from './resource-options.js'

/** How many ids `findDuplicates` asks about at once. */
const DUPLICATES_CONCURRENCY = 4

/**
 * The reads every Twenty object shares: list, iterate, get and findDuplicates. {@link BaseResource} adds the
 * writes on top; the filtered writes come from below.
 */
export class ReadsResource<TRecord, TCreate, TUpdate> extends FilteredWritesResource<TRecord, TUpdate> {
  /**
   * Fetches one page of records, with the cursors to the pages around it and the total count of matches. To read
   * every record, use {@link iterate}, which follows the cursors for you; `list` is for showing one page at a time
   * or paging backward with `endingBefore`.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_FILTER` for a filter the SDK cannot compile, or
   * `INVALID_INPUT` for a malformed parameter (a `limit` that is not a positive integer, say), before anything is
   * sent; Twenty's own 400 for a cursor or field it does not know.
   * @example
   * const page = await twenty.people.list({ filter: { city: { eq: 'Hanoi' } }, orderBy: { createdAt: 'DescNullsLast' }, limit: 50 })
   * const next = page.pageInfo.hasNextPage
   *   ? await twenty.people.list({ limit: 50, startingAfter: page.pageInfo.endCursor ?? undefined })
   *   : undefined
   */
  async list(params: ListParams<TRecord> = {}): Promise<Page<TRecord>> {
    await validateLazily((s) => s.listParamsSchema, params, `${this.names.plural} list parameters`)
    const body = await this.http.request<{ pageInfo?: PageInfo; totalCount?: number }>({
      method: 'GET',
      path: `/${this.names.plural}`,
      query: {
        // A filter without a condition is left out: Twenty reads `filter=` as `and()` and answers 400.
        filter: params.filter === undefined ? undefined : compileFilter(params.filter) || undefined,
        order_by: params.orderBy === undefined ? undefined : compileOrderBy(params.orderBy) || undefined,
        limit: params.limit,
        starting_after: params.startingAfter,
        ending_before: params.endingBefore,
        depth: params.depth,
      },
      signal: params.signal,
    })
    return {
      data: this.unwrap<TRecord[]>(body, this.keys.list),
      pageInfo: body.pageInfo ?? { hasNextPage: false, startCursor: null, endCursor: null },
      totalCount: body.totalCount ?? 0,
    }
  }

  /**
   * Every record matching the parameters, fetched lazily page by page as you iterate (nothing is sent before the
   * first `next()`), so memory stays flat however many records match. Breaking out of the loop stops fetching.
   * Errors, including a refused filter, surface from the loop. See {@link PageIterator} for `pages()` and
   * `toArray()`.
   *
   * `filter` and `orderBy` are read once, when the first page is fetched, so changing the objects you passed does
   * not change later pages. With `orderBy`, a record whose sort key changes during the loop (ordered by
   * `updatedAt` while the loop updates records, say) is yielded once, not again at its new place; one that moves
   * back behind the cursor is not yielded at all, so order by a field the loop does not change.
   *
   * @example
   * for await (const record of twenty.people.iterate({ orderBy: { createdAt: 'DescNullsLast' } })) { … }
   * const first500 = await twenty.people.iterate().toArray({ limit: 500 })
   */
  iterate(params: IterateParams<TRecord> = {}): PageIterator<TRecord> {
    const { startingAfter, ...rest } = params
    let fixed: CursorlessParams<TRecord> | undefined
    const fetchPage = (cursor: string | undefined) => {
      fixed ??= frozenParams(rest)
      return this.list({ ...fixed, startingAfter: cursor ?? startingAfter })
    }
    // Ordered by id alone (no `orderBy`), a record cannot move past the cursor, so no ids need remembering.
    const identify =
      rest.orderBy === undefined ? undefined : (record: TRecord) => (record as { id?: unknown }).id
    return new PageIterator(fetchPage, { identify })
  }

  /**
   * Fetches one record by id, with its relations embedded when `depth` is 1. Twenty takes none of those embedded
   * relations in a write: send `update` only the fields you change, or leave every embedded relation out of a record
   * read at depth 1 (a person's `company`, `pointOfContactForOpportunities`, `taskTargets` and `noteTargets`); the
   * SDK refuses them with `INVALID_INPUT`, naming each and the id field to set instead.
   *
   * @throws {@link TwentyNotFoundError} when no record has this id: it never existed, was destroyed, or is in the
   * trash (read it with `list({ filter: { id: { eq: id }, deletedAt: { is: 'NOT_NULL' } } })`).
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `id` is not a UUID, before anything is
   * sent.
   * @example
   * const person = await twenty.people.get(id, { depth: 1 }) // person.company embedded
   */
  async get(id: string, options: GetOptions = {}): Promise<TRecord> {
    this.checkOptions(options, ['signal', 'depth'], 'get')
    await this.checkId(id)
    if (options.depth !== undefined) await validateLazily((s) => s.depthSchema, options.depth, 'depth')
    const body = await this.http.request({
      method: 'GET',
      path: `/${this.names.plural}/${id}`,
      query: { depth: options.depth },
      signal: options.signal,
    })
    return this.unwrap<TRecord>(body, this.keys.one)
  }

  /**
   * Finds existing records that look like the given ones (for people: same name, email or LinkedIn URL), one result
   * per input, in input order. Pass candidate records as `data`, or existing record ids as `ids` (one request per
   * id, a few at a time; an id Twenty does not know gets an empty result). Both are checked like the inputs of
   * {@link createMany} and the ids of {@link get} before anything is sent. Pair it with `merge` (people and
   * companies) to fold the duplicates into one record.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when neither `data` nor `ids` is an array, an id
   * is not a UUID or a candidate does not match the object's schema, before anything is sent.
   * @example
   * const [result] = await twenty.people.findDuplicates({ data: [{ emails: { primaryEmail: 'linh@example.com' } }] })
   * if (result && result.totalCount > 0) console.log('already in the CRM:', result.duplicates[0]?.id)
   */
  async findDuplicates(
    query: { data: readonly TCreate[] } | { ids: readonly string[] },
    options: CallOptions = {},
  ): Promise<DuplicatesResult<TRecord>[]> {
    this.checkOptions(options, ['signal'], 'findDuplicates')
    const what = `${this.names.singular} duplicates query`
    const byIds = typeof query === 'object' && query !== null && 'ids' in query
    const items: unknown = byIds ? query.ids : (query as { data?: unknown } | null)?.data
    checkArray(items, what, byIds ? 'ids' : 'data')
    const checked: unknown[] = []
    for (const [index, item] of items.entries()) {
      if (byIds) await this.checkId(item as string)
      checked.push(
        byIds ? item : await this.validateInput(item, `${this.names.singular} duplicate candidate #${index}`),
      )
    }
    const send = async (body: unknown) =>
      readDuplicates<TRecord>(
        await this.http.request<{ data?: unknown }>({
          method: 'POST',
          path: `/${this.names.plural}/duplicates`,
          body,
          signal: options.signal,
        }),
        this.keys.duplicates,
      )
    // No candidates, no results: Twenty would refuse an empty `data` with a 400, though an empty `ids` gets `[]`.
    if (checked.length === 0) return []
    if (!byIds) return send({ data: checked })
    // Asked by ids, Twenty answers one entry per id it found, in database order, and no entry names its id
    // (common-find-duplicates-query-runner.service.ts): one request per id keeps each result with its input.
    const results: DuplicatesResult<TRecord>[] = []
    for (const ids of chunk(checked, DUPLICATES_CONCURRENCY)) {
      const answers = await Promise.all(ids.map((id) => send({ ids: [id] })))
      for (const [entry] of answers) results.push(entry ?? noDuplicates<TRecord>())
    }
    return results
  }
}

/** List parameters without the cursor, which `iterate()` sets page by page. */
type CursorlessParams<TRecord> = Omit<ListParams<TRecord>, 'startingAfter' | 'endingBefore'>

/**
 * `iterate()` parameters with `filter` and `orderBy` compiled to Twenty's strings, so later pages read what the
 * first did. `endingBefore` is refused: iteration pages forward, and Twenty answers a page that has both cursors
 * with 400, or with a single backward page that would end the loop quietly.
 */
function frozenParams<TRecord>(params: CursorlessParams<TRecord>): CursorlessParams<TRecord> {
  // Typed out of `iterate()`'s parameters, but JavaScript callers and casts still pass it.
  if ((params as { endingBefore?: unknown }).endingBefore !== undefined) {
    throw new TwentyValidationError({
      message: 'iterate() pages forward only: use list({ endingBefore }) to page backward',
      code: 'INVALID_INPUT' satisfies TwentySdkErrorCode,
      issues: [{ path: 'endingBefore', message: 'Not supported by iterate()' }],
    })
  }
  return {
    ...params,
    filter: params.filter === undefined ? undefined : compileFilter(params.filter),
    orderBy: params.orderBy === undefined ? undefined : compileOrderBy(params.orderBy),
  }
}
