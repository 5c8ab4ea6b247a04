import { validateLazily } from '../validation/validate-lazily.js'
import { BaseResource } from './base-resource.js'
import { capitalize } from './object-names.js'
import type { CallOptions } from './resource-options.js'

/** Options of {@link MergeableResource.merge}. */
export interface MergeOptions extends CallOptions {
  /**
   * Index in `ids` of the record that is kept and whose values win where the records disagree (default 0). Empty
   * fields of the kept record are filled from the others; the others are destroyed.
   */
  priority?: number
  /**
   * Returns the record the merge would produce and changes nothing. Twenty gives the preview a made-up `id`
   * and a `deletedAt`, so it is not a record to store or link to.
   */
  dryRun?: boolean
}

/**
 * The verbs of objects Twenty can merge: those with duplicate criteria, which among the standard objects are people
 * and companies. Everything of {@link BaseResource}, plus {@link MergeableResource.merge}.
 */
export class MergeableResource<TRecord, TCreate, TUpdate = Partial<TCreate>> extends BaseResource<
  TRecord,
  TCreate,
  TUpdate
> {
  /**
   * Merges duplicates into one record: the record at `priority` is kept with the others' values filled into its
   * empty fields (emails, phones and links gather the others' into their additional lists), records that
   * pointed at the others (task and note targets, opportunities, people of a company) are moved to it, and the
   * others are destroyed: gone for good, not in the trash. Pair it with {@link findDuplicates}. A merge is not
   * retried after an answer is lost, since it may have happened; a dry run is.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` for fewer than two ids, a repeated id, an id
   * that is not a UUID, or a `priority` that is not an integer of at least 0, before anything is sent.
   * @example
   * const [{ duplicates }] = await twenty.people.findDuplicates({ ids: [person.id] })
   * const kept = await twenty.people.merge([person.id, ...duplicates.map((d) => d.id)])
   */
  async merge(ids: readonly string[], options: MergeOptions = {}): Promise<TRecord> {
    this.checkOptions(options, ['signal', 'priority', 'dryRun'], 'merge')
    const params = await validateLazily(
      (s) => s.mergeParamsSchema,
      { ids, priority: options.priority ?? 0, dryRun: options.dryRun ?? false },
      `${this.names.singular} merge`,
    )
    const body = await this.http.request<{ data?: Record<string, unknown> }>({
      method: 'PATCH',
      path: `/${this.names.plural}/merge`,
      // Twenty finds the kept record by comparing the priority id with the stored, lower-case id as a string.
      body: {
        ids: params.ids.map((id) => id.toLowerCase()),
        conflictPriorityIndex: params.priority,
        dryRun: params.dryRun,
      },
      signal: options.signal,
    })
    // Twenty names the envelope after the singular (`mergePerson`); older versions used the plural.
    const plural = `merge${capitalize(this.names.plural)}`
    const key = body?.data && plural in body.data ? plural : `merge${capitalize(this.names.singular)}`
    return this.unwrap<TRecord>(body, key)
  }
}
