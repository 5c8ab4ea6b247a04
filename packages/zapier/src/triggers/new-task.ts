import type { Trigger } from 'zapier-platform-core'
import { taskOutputFields, taskSample } from '../objects/task.js'
import { recentTasks } from './recent.js'
import { restHookOperation } from './rest-hook.js'

/** Instant: fires when a task is created in Twenty, through a signed webhook. */
export const newTask = {
  key: 'new_task',
  noun: 'Task',
  display: {
    label: 'New Task',
    description: 'Triggers when a task is created in Twenty.',
  },
  operation: {
    ...restHookOperation({
      operations: () => ['task.created'],
      description: () => 'Zapier: New Task',
      itemsFrom: (event) => [event.record],
      performList: recentTasks,
    }),
    outputFields: taskOutputFields,
    sample: taskSample,
  },
} satisfies Trigger
