import { isTaskCompleted } from 'twenty-sdk/webhooks'
import type { Trigger } from 'zapier-platform-core'
import { taskOutputFields, taskSample } from '../objects/task.js'
import { recentCompletedTasks } from './recent.js'
import { restHookOperation } from './rest-hook.js'

/** Instant: fires when a task's status becomes DONE, or a task is created done. */
export const taskCompleted = {
  key: 'task_completed',
  noun: 'Task',
  display: {
    label: 'Task Completed',
    description: 'Triggers when a task is marked done in Twenty.',
  },
  operation: {
    ...restHookOperation({
      operations: () => ['task.created', 'task.updated'],
      description: () => 'Zapier: Task Completed',
      itemsFrom: (event) => (isTaskCompleted(event) ? [event.record] : []),
      performList: recentCompletedTasks,
    }),
    outputFields: taskOutputFields,
    sample: { ...taskSample, status: 'DONE', updatedAt: '2026-11-22T16:03:12.000Z' },
  },
} satisfies Trigger
