import type { HttpClient } from '../transport/http-client.js'
import { BaseResource } from './base-resource.js'
import type { TaskTarget, TaskTargetInput, TaskTargetUpdate } from './object-types.js'

/** Task targets (`/rest/taskTargets`): one row links one task to one person, company or opportunity. */
export class TaskTargetsResource extends BaseResource<TaskTarget, TaskTargetInput, TaskTargetUpdate> {
  constructor(http: HttpClient) {
    super(http, { singular: 'taskTarget', plural: 'taskTargets' }, 'taskTarget')
  }
}
