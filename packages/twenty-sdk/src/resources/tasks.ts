import { importMany } from '../bulk/import-many.js'
import type { ImportOptions, ImportReport } from '../bulk/import-types.js'
import type { HttpClient } from '../transport/http-client.js'
import { BaseResource } from './base-resource.js'
import type { Task, TaskInput, TaskUpdate } from './object-types.js'

/** Tasks (`/rest/tasks`). Link a task to records with `taskTargets`. */
export class TasksResource extends BaseResource<Task, TaskInput, TaskUpdate> {
  constructor(http: HttpClient) {
    super(http, { singular: 'task', plural: 'tasks' }, 'task')
  }

  /**
   * Imports many tasks like {@link PeopleResource.importMany}: mapped, checked, looked up by `keyBy`, decided by
   * the conflict strategy and written in upsert batches, with a report of every row. Tasks have no
   * natural unique field, so `keyBy` names the one that identifies a record in both systems (`title`, or a custom
   * unique field such as `externalId`). Rows that cannot be mapped, validated or written land in `report.failed`.
   *
   * @throws {@link TwentyValidationError} with code `INVALID_INPUT` without a `keyBy`, or for options that cannot
   * work together, before any row is read.
   * @throws the request's {@link TwentyError} when reading the CRM for the rows' keys fails: nothing has been
   * written then, so the import can simply be run again.
   * @example
   * const report = await twenty.tasks.importMany(todos, {
   *   keyBy: 'title',
   *   map: (todo) => ({ title: todo.subject, status: todo.done ? 'DONE' : 'TODO' }),
   * })
   */
  importMany<TRow = TaskInput>(
    rows: readonly TRow[],
    options: ImportOptions<TRow, TaskInput> & { keyBy: string },
  ): Promise<ImportReport<TRow, Task>> {
    return importMany(this, 'task', rows, options)
  }
}
