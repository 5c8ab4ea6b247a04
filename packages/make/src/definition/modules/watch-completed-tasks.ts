import type { TaskStatus } from 'twenty-sdk'
import { taskInterface } from '../twenty/record-interfaces.js'
import { doneTaskSample } from '../twenty/record-samples.js'
import { pollingTrigger } from './polling-trigger.js'

const DONE: TaskStatus = 'DONE'

/** Fires when a task is done (by `updatedAt`); a done task edited again fires again, as with won opportunities. */
export const watchCompletedTasks = pollingTrigger({
  id: 'watchCompletedTasks',
  label: 'Watch Completed Tasks',
  description: 'Triggers when a task is marked done (or changes while done).',
  plural: 'tasks',
  dateField: 'updatedAt',
  filter: `status[eq]:${DONE}`,
  epochLabel: "{{ifempty(item.title, 'Untitled task')}}",
  interface: taskInterface,
  samples: doneTaskSample,
})
