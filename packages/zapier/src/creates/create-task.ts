import type { TaskTarget } from 'twenty-sdk'
import type { Create } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import { undoCreate } from '../errors/partial-write.js'
import { recordId } from '../fields/record-id.js'
import {
  TASK_LINK_FIELDS,
  taskInputFields,
  taskLabels,
  taskOutputFields,
  taskSample,
  toTaskInput,
} from '../objects/task.js'

type LinkKey = (typeof TASK_LINK_FIELDS)[number]['key']

/**
 * Creates a task and links it to the person, company and opportunity given, one `taskTarget` each. Every id is
 * checked before the first write, and if a link is refused the task is removed again, so a failed step leaves no
 * half-linked task behind; if even that fails, the error names the task to delete.
 */
export const createTask = {
  key: 'create_task',
  noun: 'Task',
  display: {
    label: 'Create Task',
    description:
      'Creates a task in Twenty, optionally assigned to a workspace member and linked to a person, company or ' +
      'opportunity.',
  },
  operation: {
    inputFields: taskInputFields,
    perform: withTwenty(
      async (twenty, bundle) => {
        const links = TASK_LINK_FIELDS.flatMap(({ key }) => {
          const id = recordId(bundle.inputData[key], key)
          return id === undefined ? [] : [{ key, id }]
        })
        const input = toTaskInput(bundle.inputData)
        const task = await twenty.tasks.create(input)
        const targets: TaskTarget[] = []
        try {
          for (const link of links)
            targets.push(await twenty.taskTargets.create({ taskId: task.id, [link.key]: link.id }))
        } catch (error) {
          throw await undoCreate(error, { noun: 'task', title: task.title ?? undefined, id: task.id }, () =>
            twenty.tasks.destroy(task.id),
          )
        }
        const linked = (key: LinkKey) => links.find((link) => link.key === key)?.id ?? null
        return {
          ...task,
          linkedPersonId: linked('personId'),
          linkedCompanyId: linked('companyId'),
          linkedOpportunityId: linked('opportunityId'),
          taskTargetIds: targets.map((target) => target.id),
        }
      },
      { labels: taskLabels },
    ),
    outputFields: [
      ...taskOutputFields,
      { key: 'linkedPersonId', label: 'Linked Person ID', type: 'string' },
      { key: 'linkedCompanyId', label: 'Linked Company ID', type: 'string' },
      { key: 'linkedOpportunityId', label: 'Linked Opportunity ID', type: 'string' },
      { key: 'taskTargetIds', label: 'Task Target IDs', type: 'string', list: true },
    ],
    sample: {
      ...taskSample,
      linkedPersonId: '6f1c2b9e-4d3a-4b8e-9c7d-1a2b3c4d5e6f',
      linkedCompanyId: null,
      linkedOpportunityId: '8c4d2e1f-6a5b-4c3d-9e8f-0a1b2c3d4e5f',
      taskTargetIds: ['5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'],
    },
  },
} satisfies Create
