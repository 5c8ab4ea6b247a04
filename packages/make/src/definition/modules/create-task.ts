import type { ModuleDefinition } from '../app-definition.js'
import { composite, markdownBodyFields } from '../twenty/composite-fields.js'
import { taskInterface } from '../twenty/record-interfaces.js'
import { linkChain, linkOutputs, linkParams } from '../twenty/record-links.js'
import { taskSample } from '../twenty/record-samples.js'
import { fieldsOf, type Schemas } from '../twenty/typed-fields.js'

/**
 * Creates a task, optionally assigned to a workspace member and linked to a person, company and opportunity.
 * Empty fields are omitted (see createPerson). Unlike the Zapier app, Make cannot undo the task when a link
 * fails: the scenario's error handler decides.
 */
export const createTask: ModuleDefinition = {
  id: 'createTask',
  label: 'Create a task',
  description:
    'Creates a task, optionally assigned to a member and linked to a person, company or opportunity.',
  type: 'action',
  crud: 'create',
  connection: 'twentyApiKey',
  communication: linkChain({ singular: 'task', plural: 'tasks' }),
  mappableParams: [
    ...fieldsOf<Schemas['Task']>([
      { name: 'title', type: 'text', label: 'Title', required: true },
      composite('bodyV2', 'Body', markdownBodyFields),
      {
        name: 'status',
        type: 'select',
        label: 'Status',
        options: 'rpc://listTaskStatuses',
        help: "Your workspace's own statuses, standard and added. To map a status, use its API value in capitals, such as TODO, IN_PROGRESS or DONE. Left empty, Twenty sets TODO.",
      },
      { name: 'dueAt', type: 'date', label: 'Due at', help: 'A date and time, such as 2026-12-31 17:00.' },
      {
        name: 'assigneeId',
        type: 'select',
        label: 'Assignee ID',
        options: 'rpc://listMembers',
        help: 'Or map a workspace member ID.',
      },
    ]),
    ...linkParams,
  ],
  interface: [...taskInterface, ...linkOutputs('task')],
  samples: {
    ...taskSample,
    linkedPersonId: '5f0c6b2e-3a7d-4c1e-9b8a-2d4f6e8a0c12',
    linkedCompanyId: null,
    linkedOpportunityId: null,
    taskTargetIds: ['5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a'],
  },
}
