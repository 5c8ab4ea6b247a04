import { compileWriteFilter } from '../filters/compile-write-filter.js'
import type { FilterInput } from '../filters/filter-types.js'
import type { QueryParams } from '../transport/types.js'
import { checkPatchId } from '../validation/check-patch-id.js'
import { ResourceCore } from './resource-core.js'
import type { CallOptions } from './resource-options.js'
import { restoreMatching } from './restore-routes.js'

/**
 * The writes to every record a filter matches (Twenty's `PATCH` and `DELETE /{plural}?filter=…` and
 * `PATCH /{plural}/restore?filter=…`), which every resource has: {@link BaseResource} builds on this class. Each
 * refuses a filter without a condition, which Twenty would apply to every record of the object.
 */
export class FilteredWritesResource<TRecord, TUpdate> extends ResourceCore {
  /**
   * Applies one patch to every record the filter matches and returns them. A filter without a condition is
   * refused before sending: Twenty would apply the patch to every record. Records in the trash are left alone, as
   * `list()` leaves them out, unless the filter names `deletedAt` (`{ deletedAt: { is: 'NOT_NULL' } }` patches the
   * trash): Twenty's own bulk update reaches them. Twenty refuses an update matching more records than its page
   * maximum (200 or 10,000, by version). If an attempt's answer is lost and the call is retried, the records it
   * already changed are returned only while they still match.
   *
   * @throws {@link TwentyValidationError} with code `FILTER_REQUIRED` for a filter without a condition (`{}`, `''`,
   * `undefined`), or `INVALID_FILTER` for one the SDK cannot compile, before anything is sent. With code
   * `INVALID_INPUT` when the patch does not match the object's schema or holds an `id`, which Twenty would give every
   * match.
   * @example
   * await twenty.tasks.updateMany({ status: { eq: 'TODO' }, dueAt: { lt: '2026-01-01' } }, { status: 'DONE' })
   */
  async updateMany(
    filter: FilterInput<TRecord>,
    patch: TUpdate,
    options: CallOptions = {},
  ): Promise<TRecord[]> {
    return this.writeMatching('updateMany', filter, options, {
      method: 'PATCH',
      path: `/${this.names.plural}`,
      key: this.keys.updateMany,
      body: async () => {
        const data = await this.validateInput(patch, `${this.names.singular} update`)
        checkPatchId(data, undefined, `${this.names.singular} update`)
        return data
      },
      liveOnly: true,
    })
  }

  /**
   * Soft-deletes every record the filter matches, as {@link delete} does one, and returns their ids. A filter
   * without a condition is refused before sending. Records already in the trash are left as they are, unless the
   * filter names `deletedAt`: Twenty's own bulk soft delete reaches them and stamps them with a new deletion time.
   * After a lost answer the call is retried, and a retry that follows a successful attempt finds nothing left and
   * returns `[]`.
   *
   * @throws {@link TwentyValidationError} with code `FILTER_REQUIRED` for a filter without a condition (`{}`, `''`,
   * `undefined`), or `INVALID_FILTER` for one the SDK cannot compile, before anything is sent.
   * @example
   * const gone = await twenty.tasks.deleteMany({ status: { eq: 'DONE' }, updatedAt: { lt: '2025-01-01' } })
   * console.log(`${gone.length} tasks moved to the trash`)
   */
  async deleteMany(filter: FilterInput<TRecord>, options: CallOptions = {}): Promise<{ id: string }[]> {
    return this.writeMatching('deleteMany', filter, options, {
      method: 'DELETE',
      path: `/${this.names.plural}`,
      key: this.keys.deleteMany,
      query: { soft_delete: true },
      liveOnly: true,
    })
  }

  /**
   * Deletes every record the filter matches for good, soft-deleted ones included (so
   * `{ deletedAt: { is: 'NOT_NULL' } }` empties the trash), and returns their ids. There is no undo.
   *
   * @throws {@link TwentyValidationError} with code `FILTER_REQUIRED` for a filter without a condition (`{}`, `''`,
   * `undefined`), or `INVALID_FILTER` for one the SDK cannot compile, before anything is sent.
   * @example
   * await twenty.people.destroyMany({ deletedAt: { is: 'NOT_NULL' } }) // empties the people trash
   */
  async destroyMany(filter: FilterInput<TRecord>, options: CallOptions = {}): Promise<{ id: string }[]> {
    return this.writeMatching('destroyMany', filter, options, {
      method: 'DELETE',
      path: `/${this.names.plural}`,
      key: this.keys.deleteMany,
    })
  }

  /**
   * Brings back every soft-deleted record the filter matches and returns the matches (records that were not
   * deleted match too, and come back unchanged). A filter without a condition is refused before sending.
   *
   * Twenty moved this route in August 2026 (twentyhq/twenty#24544) from `PATCH /restore/{plural}` to
   * `PATCH /{plural}/restore`. The client's first restore tries the new one and, when its server refuses that path
   * as unknown (a 400 raised before anything is read or written), sends the old one; the client then remembers
   * which its server serves. Any other refusal, a bad filter say, arrives as it is.
   *
   * @throws {@link TwentyValidationError} with code `FILTER_REQUIRED` for a filter without a condition (`{}`, `''`,
   * `undefined`), or `INVALID_FILTER` for one the SDK cannot compile, before anything is sent.
   * @example
   * await twenty.people.restoreMany({ deletedAt: { gte: deletedSince.toISOString() } })
   */
  async restoreMany(filter: FilterInput<TRecord>, options: CallOptions = {}): Promise<TRecord[]> {
    return this.writeMatching('restoreMany', filter, options, {
      method: 'PATCH',
      path: `/${this.names.plural}/restore`,
      key: this.keys.restoreMany,
      send: (query) => restoreMatching(this.http, this.names.plural, query, options.signal),
    })
  }

  /**
   * One write to every record `filter` matches: the filter is checked first (one without a condition is refused
   * before anything else), then the body, then the request is sent and its envelope unwrapped.
   */
  private async writeMatching<T>(
    verb: string,
    filter: FilterInput<TRecord>,
    options: CallOptions,
    request: {
      method: 'PATCH' | 'DELETE'
      path: string
      key: string
      query?: Record<string, boolean>
      body?: () => Promise<unknown>
      /** Sends the request instead of the plain `method` to `path`, for a route that moved between releases. */
      send?: (query: QueryParams) => Promise<unknown>
      /** Leave trashed records alone unless the filter names `deletedAt` (see compileWriteFilter). */
      liveOnly?: boolean
    },
  ): Promise<T> {
    const filterText = compileWriteFilter(filter, `${this.names.plural}.${verb}`, {
      liveOnly: request.liveOnly,
    })
    const query = { ...request.query, filter: filterText }
    this.checkOptions(options, ['signal'], verb)
    const body = await request.body?.()
    const answer = request.send
      ? await request.send(query)
      : await this.http.request({
          method: request.method,
          path: request.path,
          query,
          body,
          signal: options.signal,
        })
    return this.unwrap<T>(answer, request.key)
  }
}
