import type { TaskStatus } from 'twenty-sdk'
import { taskInterface } from '../twenty/record-interfaces.js'
import { doneTaskSample } from '../twenty/record-samples.js'
import { pollingTrigger } from './polling-trigger.js'

const DONE: TaskStatus = 'DONE'

/**
 * Fires when a done task is created or changed (by `updatedAt`), so a done task edited later fires again: Twenty
 * records no "completed at" date, and Make remembers only the last date and id (see Watch won opportunities).
 */
export const watchCompletedTasks = pollingTrigger({
  id: 'watchCompletedTasks',
  label: 'Watch completed tasks',
  description:
    'Triggers when a task is marked done, or created done. A done task triggers again each time it is edited; ' +
    "the app's documentation shows how to act once per task.",
  plural: 'tasks',
  dateField: 'updatedAt',
  filter: `status[eq]:${DONE}`,
  epochLabel: "{{ifempty(item.title, 'Untitled task')}}",
  interface: taskInterface,
  samples: doneTaskSample,
})
