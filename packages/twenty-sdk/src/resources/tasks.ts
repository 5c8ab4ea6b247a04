import type { HttpClient } from '../transport/http-client.js'
import { BaseResource } from './base-resource.js'
import type { Task, TaskInput, TaskUpdate } from './object-types.js'

/** Tasks (`/rest/tasks`). Link a task to records with `taskTargets`. */
export class TasksResource extends BaseResource<Task, TaskInput, TaskUpdate> {
  constructor(http: HttpClient) {
    super(http, { singular: 'task', plural: 'tasks' }, 'task')
  }
}
