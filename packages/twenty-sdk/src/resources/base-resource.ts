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

/**
 * Twenty's batch endpoint takes at most 60 records per request (its documented batch size): what {@link
 * BaseResource.createMany} and `importMany` split their inputs by.
 */
export const BATCH_SIZE = 60

/**
 * The verbs every Twenty object shares: list, iterate, get, create, createMany, upsert, update, delete (soft),
 * destroy (hard), restore and findDuplicates, and the filtered writes updateMany, deleteMany, destroyMany and
 * restoreMany. One subclass per standard object fixes the types ({@link PeopleResource}, {@link CompaniesResource},
 * …); {@link TwentyClient.records} gives one for any other object. You never build one yourself: the client does.
 *
 * Every verb checks what it can before sending (ids are UUIDs, inputs match the object's schema, option names exist)
 * and refuses bad input with a {@link TwentyValidationError} whose `issues` name the field, so nothing half-valid
 * reaches Twenty. What Twenty itself refuses arrives as the {@link TwentyError} subclass for its status. Every verb
 * takes a `signal` to abort it (see {@link CallOptions}).
 *
 * @typeParam TRecord the record as Twenty returns it
 * @typeParam TCreate the fields a create takes
 * @typeParam TUpdate the fields an update takes (by default, any subset of `TCreate`)
 */
export class BaseResource<TRecord, TCreate, TUpdate = Partial<TCreate>> extends FilteredWritesResource<
  TRecord,
  TUpdate
> {
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
   * @example
   * for await (const record of twenty.people.iterate({ orderBy: { createdAt: 'DescNullsLast' } })) { … }
   * const first500 = await twenty.people.iterate().toArray({ limit: 500 })
   */
  iterate(params: IterateParams<TRecord> = {}): PageIterator<TRecord> {
    const { startingAfter, ...rest } = params
    return new PageIterator((cursor) => this.list({ ...rest, startingAfter: cursor ?? startingAfter }))
  }

  /**
   * Fetches one record by id, with its relations embedded when `depth` is 1.
   *
   * @throws {@link TwentyNotFoundError} when no record has this id (or it was destroyed).
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `id` is not a UUID, before anything is
   * sent.
   * @example
   * const person = await twenty.people.get(id, { depth: 1 }) // person.company embedded
   */
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
   * Creates one record and returns it as Twenty stored it (with its `id`, defaults and normalised values). A plain
   * create is not retried after a timeout or reset, since the write may have been committed; pass `uniqueBy` (look
   * up, then retry) or use {@link upsert} when you need a safe retry.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when the input does not match the object's
   * schema (the `issues` name each field), or when `uniqueBy` names a field the input has no value for; with code
   * `INVALID_OPTIONS` for an unknown option or a bad `maxRetries`. All before anything is sent. Twenty's 400
   * (`Record already exists`, a duplicate unique value) arrives as a `TwentyValidationError` too.
   * @example
   * const person = await twenty.people.create(
   *   { name: { firstName: 'Linh', lastName: 'Nguyen' }, emails: { primaryEmail: 'linh@example.com' } },
   *   { uniqueBy: 'emails.primaryEmail' }, // safe to retry after a timeout: never creates a duplicate
   * )
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
   * Creates or updates one record matched on its unique fields (a person's primary email, a company's domain) or its
   * id: safe to repeat, so safe to retry. Fields the input leaves out keep their stored values.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when the input does not match the object's
   * schema, before anything is sent.
   * @example
   * const company = await twenty.companies.upsert({ name: 'Acme', domainName: { primaryLinkUrl: 'https://acme.com' } })
   */
  upsert(input: TCreate, options: CallOptions = {}): Promise<TRecord> {
    return this.create(input, { ...options, upsert: true })
  }

  /**
   * Creates many records, in batches of {@link BATCH_SIZE} (Twenty's limit), and returns them in input order. Every
   * input is validated before the first request, so one bad record sends nothing. Batches are sent one after
   * another: if a later batch fails, the records of the earlier ones stay created. With `upsert: true` each record
   * is matched on its unique fields as {@link upsert} does, which makes a re-run safe; for imports with conflict
   * handling and a per-row report, prefer `importMany`.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `inputs` is not an array or an input does
   * not match the object's schema (its `issues` name the input's index), before anything is sent.
   * @example
   * const tasks = await twenty.tasks.createMany([{ title: 'Call Linh' }, { title: 'Send the quote', status: 'TODO' }])
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

  /**
   * Updates the given fields of one record and returns the record after the change; fields left out keep their
   * values.
   *
   * @throws {@link TwentyNotFoundError} when no record has this id.
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `id` is not a UUID or the patch does not
   * match the object's schema, before anything is sent.
   * @example
   * await twenty.opportunities.update(dealId, { stage: 'CUSTOMER', closeDate: new Date() })
   */
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
   *
   * @throws {@link TwentyNotFoundError} when no record has this id.
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `id` is not a UUID, before anything is
   * sent.
   * @example
   * await twenty.people.delete(id) // in the trash: `restore(id)` brings it back
   */
  async delete(id: string, options: CallOptions = {}): Promise<{ id: string }> {
    return this.remove(id, true, options)
  }

  /**
   * Deletes one record for good. There is no undo; prefer {@link delete} unless the data must go (a person's erasure
   * request, say).
   *
   * @throws {@link TwentyNotFoundError} when no record has this id.
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `id` is not a UUID, before anything is
   * sent.
   */
  async destroy(id: string, options: CallOptions = {}): Promise<{ id: string }> {
    return this.remove(id, false, options)
  }

  /**
   * Brings back a record soft-deleted with {@link delete} (or {@link deleteMany}) and returns it.
   *
   * @throws {@link TwentyNotFoundError} when no record has this id, or it was destroyed.
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `id` is not a UUID, before anything is
   * sent.
   */
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
