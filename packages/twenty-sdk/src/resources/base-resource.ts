import { recordWritten, TwentyError } from '../errors/twenty-error.js'
import { compileFilter } from '../filters/compile-filter.js'
import { chunk } from '../internal/chunk.js'
import { checkArray } from '../validation/check-array.js'
import { checkPatchId } from '../validation/check-patch-id.js'
import { ReadsResource } from './reads-resource.js'
import type { CallOptions, CreateManyOptions, CreateOptions } from './resource-options.js'
import { restoreById, restoredNothing } from './restore-routes.js'
import { committedRecordFilter, createSafely, pickCommitted, retriesOf, uniqueValue } from './safe-create.js'

export type { InputSchemaName } from './resource-core.js'

/**
 * Records per batch request: what {@link BaseResource.createMany} and `importMany` split their inputs by. Twenty's
 * documented batch size; its server accepts up to 200 (`QUERY_MAX_RECORDS`), but smaller batches keep each
 * request short and a refused batch small.
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
export class BaseResource<TRecord, TCreate, TUpdate = Partial<TCreate>> extends ReadsResource<
  TRecord,
  TCreate,
  TUpdate
> {
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
   * id. With one of those in the input it is safe to repeat, so the SDK retries it after a lost answer; without (an
   * opportunity, a task, a person without an email) Twenty inserts it each time, so it is sent once, like `create`
   * (give it an `id` of your own to make it repeatable). Fields the input leaves out keep their stored values.
   * Twenty matches records in the trash too, and restores the one it matches, with the values it had; to tell, look
   * the key up in the trash first (`list({ filter: { …, deletedAt: { is: 'NOT_NULL' } } })`), or use `importMany`,
   * which reports a restore.
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
   * Creates many records, in batches of {@link BATCH_SIZE}, and returns them in input order. Every input is
   * checked against the SDK's schema before the first request, so a record it refuses sends nothing; what only
   * Twenty can judge (a field or select option the workspace lacks, a unique value already taken) fails the batch
   * that holds it, after the batches before it. Batches are sent one after another, each
   * all or nothing: when one fails (or your `signal` aborts the call), the earlier ones stay created, the later ones
   * are not sent, and the error, of the class and `code` the failure has anyway, carries {@link TwentyError.written}:
   * the records created so far and the index to resume from. With `upsert: true` each record is matched on its
   * unique fields as {@link upsert} does, which makes a re-run safe; for imports with conflict handling and a
   * per-row report, prefer `importMany`.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `inputs` is not an array or an input does
   * not match the object's schema (its `issues` name the input's index), before anything is sent.
   * @throws the failed request's {@link TwentyError}, with `written` set, when a batch fails.
   * @example
   * const tasks = await twenty.tasks.createMany([{ title: 'Call Linh' }, { title: 'Send the quote', status: 'TODO' }])
   * @example
   * try {
   *   await twenty.people.createMany(rows)
   * } catch (error) {
   *   if (!(error instanceof TwentyError) || !error.written) throw error
   *   saved.push(...(error.written.records as Person[])) // created before the failure
   *   // Fix the cause, then send these: with `upsert: true` if unsure, since each person carries an email.
   *   pending = rows.slice(error.written.resumeAt)
   * }
   */
  async createMany(inputs: readonly TCreate[], options: CreateManyOptions = {}): Promise<TRecord[]> {
    this.checkOptions(options, ['signal', 'upsert'], 'createMany')
    checkArray(inputs, `${this.names.singular} inputs`, '')
    const data: unknown[] = []
    for (const [index, input] of inputs.entries()) {
      data.push(await this.validateInput(input, `${this.names.singular} input #${index}`))
    }
    const created: TRecord[] = []
    let sent = 0
    for (const batch of chunk(data, BATCH_SIZE)) {
      try {
        const body = await this.http.request({
          method: 'POST',
          path: `/batch/${this.names.plural}`,
          query: { upsert: options.upsert ? true : undefined },
          body: batch,
          signal: options.signal,
        })
        created.push(...this.unwrap<TRecord[]>(body, this.keys.createMany))
      } catch (error) {
        // The earlier batches stay committed: say which, or a retry of the whole call would create them twice.
        if (error instanceof TwentyError) recordWritten(error, { records: created, resumeAt: sent })
        throw error
      }
      sent += batch.length
    }
    return created
  }

  /**
   * Updates the given fields of one record and returns the record after the change; fields left out keep their
   * values.
   *
   * @throws {@link TwentyNotFoundError} when no record has this id.
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `id` is not a UUID, the patch does not
   * match the object's schema, or the patch holds another record's `id` (Twenty would re-key the record), before
   * anything is sent.
   * @example
   * await twenty.opportunities.update(dealId, { stage: 'CUSTOMER', closeDate: new Date() })
   */
  async update(id: string, patch: TUpdate, options: CallOptions = {}): Promise<TRecord> {
    this.checkOptions(options, ['signal'], 'update')
    await this.checkId(id)
    const data = await this.validateInput(patch, `${this.names.singular} update`)
    checkPatchId(data, id, `${this.names.singular} update`)
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
   * Brings back a record soft-deleted with {@link delete} (or {@link deleteMany}) and returns it. Twenty has moved
   * its restore route between releases; the client's first restore finds the one its server serves (see
   * {@link restoreMany}), and on releases before July 2026, which only restore by filter, the record is restored
   * by its id as a filter.
   *
   * @throws {@link TwentyNotFoundError} when no record has this id, or it was destroyed.
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` when `id` is not a UUID, before anything is
   * sent.
   */
  async restore(id: string, options: CallOptions = {}): Promise<TRecord> {
    this.checkOptions(options, ['signal'], 'restore')
    await this.checkId(id)
    const answer = await restoreById(this.http, this.names.plural, id, options.signal)
    if ('one' in answer) return this.unwrap<TRecord>(answer.one, this.keys.restoreOne)
    const [record] = this.unwrap<TRecord[]>(answer.many, this.keys.restoreMany)
    if (record === undefined) throw restoredNothing(this.names.plural, id)
    return record
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
