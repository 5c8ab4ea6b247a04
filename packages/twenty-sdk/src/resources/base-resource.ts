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
  CreateOptions,
  DuplicatesResult,
  IterateParams,
  ListParams,
} from './resource-options.js'
import { committedRecordFilter, createSafely, pickCommitted, retriesOf, uniqueValue } from './safe-create.js'

export type { InputSchemaName } from './resource-core.js'

/** How many ids `findDuplicates` asks about at once. */
const DUPLICATES_CONCURRENCY = 4

/** Twenty's batch endpoint takes at most 60 records per request (its documented batch size). */
export const BATCH_SIZE = 60

/**
 * The verbs every Twenty object shares: list, iterate, get, create, createMany, upsert, update, delete (soft),
 * destroy (hard), restore and findDuplicates, and the filtered writes updateMany, deleteMany, destroyMany and
 * restoreMany (defined in filtered-writes.ts). One subclass per standard object fixes the types.
 */
export class BaseResource<TRecord, TCreate, TUpdate = Partial<TCreate>> extends FilteredWritesResource<
  TRecord,
  TUpdate
> {
  /** Fetches one page. Follow `pageInfo.endCursor` with `startingAfter`, or use {@link iterate}. */
  async list(params: ListParams<TRecord> = {}): Promise<Page<TRecord>> {
    await validateLazily((s) => s.listParamsSchema, params, `${this.names.plural} list parameters`)
    const body = await this.http.request<{ pageInfo?: PageInfo; totalCount?: number }>({
      method: 'GET',
      path: `/${this.names.plural}`,
      query: {
        // A filter without a condition is left out: Twenty reads `filter=` as `and()` and answers 400.
        filter: params.filter === undefined ? undefined : compileFilter(params.filter) || undefined,
        order_by: params.orderBy === undefined ? undefined : compileOrderBy(params.orderBy),
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
   * Every record matching the parameters, fetched page by page as you iterate.
   *
   * @example
   * for await (const record of twenty.people.iterate({ orderBy: { createdAt: 'DescNullsLast' } })) { … }
   * const first500 = await twenty.people.iterate().toArray({ limit: 500 })
   */
  iterate(params: IterateParams<TRecord> = {}): PageIterator<TRecord> {
    const { startingAfter, ...rest } = params
    return new PageIterator((cursor) => this.list({ ...rest, startingAfter: cursor ?? startingAfter }))
  }

  /** Fetches one record by id; a `TwentyNotFoundError` when there is none. */
  async get(id: string, options: CallOptions & { depth?: 0 | 1 } = {}): Promise<TRecord> {
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
   * Creates one record. A plain create is not retried after a timeout or reset, since the write may have been
   * committed; pass `uniqueBy` (look up, then retry) or use {@link upsert} when you need a safe retry.
   */
  async create(input: TCreate, options: CreateOptions = {}): Promise<TRecord> {
    this.checkOptions(options, ['signal', 'upsert', 'uniqueBy', 'maxRetries'], 'create')
    const data = await this.validateInput(input, `${this.names.singular} input`)
    const send = async () =>
      this.unwrap<TRecord>(
        await this.http.request({
          method: 'POST',
          path: `/${this.names.plural}`,
          query: { upsert: options.upsert ? true : undefined },
          body: data,
          signal: options.signal,
        }),
        this.keys.createOne,
      )
    if (!options.uniqueBy) return send()
    const path = options.uniqueBy
    const value = uniqueValue(data, path)
    const maxRetries = retriesOf(options.maxRetries)
    // Compiled before the first attempt, so a value no filter can carry is refused before anything is written.
    const filter = compileFilter(committedRecordFilter(path, value))
    return createSafely({
      create: send,
      lookup: async () =>
        pickCommitted((await this.list({ filter, signal: options.signal })).data, path, value),
      maxRetries,
      signal: options.signal,
    })
  }

  /**
   * Creates or updates one record matched on its unique fields (a person's primary email, a company's domain)
   * or its id: safe to repeat, so safe to retry.
   */
  upsert(input: TCreate, options: CallOptions = {}): Promise<TRecord> {
    return this.create(input, { ...options, upsert: true })
  }

  /**
   * Creates many records, in batches of at most 60 (Twenty's limit), and returns them in input order.
   * Every input is validated before the first request, so one bad record sends nothing.
   */
  async createMany(
    inputs: readonly TCreate[],
    options: CallOptions & { upsert?: boolean } = {},
  ): Promise<TRecord[]> {
    this.checkOptions(options, ['signal', 'upsert'], 'createMany')
    checkArray(inputs, `${this.names.singular} inputs`, '')
    const data: unknown[] = []
    for (const [index, input] of inputs.entries()) {
      data.push(await this.validateInput(input, `${this.names.singular} input #${index}`))
    }
    const created: TRecord[] = []
    for (const batch of chunk(data, BATCH_SIZE)) {
      const body = await this.http.request({
        method: 'POST',
        path: `/batch/${this.names.plural}`,
        query: { upsert: options.upsert ? true : undefined },
        body: batch,
        signal: options.signal,
      })
      created.push(...this.unwrap<TRecord[]>(body, this.keys.createMany))
    }
    return created
  }

  /** Updates the given fields of one record; fields left out keep their values. */
  async update(id: string, patch: TUpdate, options: CallOptions = {}): Promise<TRecord> {
    this.checkOptions(options, ['signal'], 'update')
    await this.checkId(id)
    const data = await this.validateInput(patch, `${this.names.singular} update`)
    const body = await this.http.request({
      method: 'PATCH',
      path: `/${this.names.plural}/${id}`,
      body: data,
      signal: options.signal,
    })
    return this.unwrap<TRecord>(body, this.keys.updateOne)
  }

  /**
   * Soft-deletes one record: it leaves lists but can be brought back with {@link restore}. Twenty's own
   * default for DELETE is a hard delete; the SDK makes the destructive one explicit as {@link destroy}.
   */
  async delete(id: string, options: CallOptions = {}): Promise<{ id: string }> {
    return this.remove(id, true, options)
  }

  /** Deletes one record for good. There is no undo. */
  async destroy(id: string, options: CallOptions = {}): Promise<{ id: string }> {
    return this.remove(id, false, options)
  }

  /** Brings back a soft-deleted record. */
  async restore(id: string, options: CallOptions = {}): Promise<TRecord> {
    this.checkOptions(options, ['signal'], 'restore')
    await this.checkId(id)
    const body = await this.http.request({
      method: 'PATCH',
      path: `/restore/${this.names.plural}/${id}`,
      signal: options.signal,
    })
    return this.unwrap<TRecord>(body, this.keys.restoreOne)
  }

  /**
   * Finds existing records that look like the given ones (for people: same name, email or LinkedIn URL), one
   * result per input, in input order. Pass candidate records as `data`, or existing record ids as `ids` (one
   * request per id, a few at a time; an id Twenty does not know gets an empty result). Both are checked like the
   * inputs of {@link createMany} and the ids of {@link get} before anything is sent.
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

  private async remove(id: string, soft: boolean, options: CallOptions): Promise<{ id: string }> {
    this.checkOptions(options, ['signal'], soft ? 'delete' : 'destroy')
    await this.checkId(id)
    const body = await this.http.request({
      method: 'DELETE',
      path: `/${this.names.plural}/${id}`,
      query: { soft_delete: soft ? true : undefined },
      signal: options.signal,
    })
    return this.unwrap<{ id: string }>(body, this.keys.deleteOne)
  }
}
