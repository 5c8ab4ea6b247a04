import type { Communication, Parameter } from '../../format/types.js'
import type { ModuleDefinition } from '../app-definition.js'
import { composite } from '../twenty/composite-fields.js'
import { taskInterface } from '../twenty/record-interfaces.js'
import { taskSample } from '../twenty/record-samples.js'
import { fieldsOf, type Schemas } from '../twenty/typed-fields.js'

const bodyFields = fieldsOf<Schemas['RichTextV2']>([
  { name: 'markdown', type: 'text', label: 'Body (Markdown)' },
])

/** The records a task can be linked to, one `taskTarget` each, the RPC that lists them, and where an ID comes from. */
const LINKS = [
  {
    field: 'personId',
    label: 'Linked person',
    rpc: 'listPeople',
    output: 'linkedPersonId',
    help: "Pick a person, or map a person's ID from an earlier module, such as the ID output by Search People or Create a Person.",
  },
  {
    field: 'companyId',
    label: 'Linked company',
    rpc: 'listCompanies',
    output: 'linkedCompanyId',
    help: "Pick a company, or map a company's ID from an earlier module, such as the ID output by Create a Company or the Company ID of a person.",
  },
  {
    field: 'opportunityId',
    label: 'Linked opportunity',
    rpc: 'listOpportunities',
    output: 'linkedOpportunityId',
    help: "Pick an opportunity, or map an opportunity's ID from an earlier module, such as the ID output by Watch Won Opportunities.",
  },
] as const

const linkParams = fieldsOf<Schemas['TaskTarget']>(
  LINKS.map(({ field, label, rpc, help }) => ({
    name: field,
    type: 'select',
    label,
    options: `rpc://${rpc}`,
    help,
  })),
)

// Twenty links a task to records through taskTargets, so linking takes one request per record after the task
// exists. A chain runs them in order; the last request reads the task back, so it always runs and outputs. The
// ids of the taskTargets created are collected in `temp` (merged from request to request, as Make documents) and
// output as `taskTargetIds`, as the Zapier app's Create Task outputs them.
const chain: Communication[] = [
  {
    url: '/rest/tasks',
    method: 'POST',
    body: `{{omit(parameters, ${LINKS.map(({ field }) => `'${field}'`).join(', ')})}}`,
    response: { temp: { taskId: '{{body.data.createTask.id}}', taskTargetIds: '{{emptyarray}}' } },
  },
  ...LINKS.map(({ field }) => ({
    condition: `{{parameters.${field}}}`,
    url: '/rest/taskTargets',
    method: 'POST',
    body: { taskId: '{{temp.taskId}}', [field]: `{{parameters.${field}}}` },
    response: { temp: { taskTargetIds: '{{add(temp.taskTargetIds, body.data.createTaskTarget.id)}}' } },
  })),
  {
    url: '/rest/tasks/{{temp.taskId}}',
    method: 'GET',
    response: {
      output: {
        '{{...}}': '{{body.data.task}}',
        ...Object.fromEntries(
          LINKS.map(({ field, output }) => [output, `{{ifempty(parameters.${field}, null)}}`]),
        ),
        taskTargetIds: '{{temp.taskTargetIds}}',
      },
    },
  },
]

const linkOutputs: Parameter[] = [
  ...LINKS.map(({ output, label }): Parameter => ({ name: output, type: 'uuid', label: `${label} ID` })),
  {
    name: 'taskTargetIds',
    type: 'array',
    label: 'Task target IDs',
    help: 'The links Twenty created between the task and the linked records, one per linked record.',
    spec: { name: 'value', type: 'uuid' },
  },
]

/**
 * Creates a task, optionally assigned to a workspace member and linked to a person, company and opportunity.
 * Empty fields are omitted (see createPerson). Unlike the Zapier app, Make cannot undo the task when a link
 * fails: the scenario's error handler decides.
 */
export const createTask: ModuleDefinition = {
  id: 'createTask',
  label: 'Create a Task',
  description:
    'Creates a task, optionally assigned to a member and linked to a person, company or opportunity.',
  type: 'action',
  crud: 'create',
  connection: 'twentyApiKey',
  communication: chain,
  mappableParams: [
    ...fieldsOf<Schemas['Task']>([
      { name: 'title', type: 'text', label: 'Title', required: true },
      composite('bodyV2', 'Body', bodyFields),
      {
        name: 'status',
        type: 'select',
        label: 'Status',
        options: 'rpc://listTaskStatuses',
        help: "Your workspace's own statuses, standard and added. Left empty, Twenty sets TODO.",
      },
      { name: 'dueAt', type: 'date', label: 'Due at' },
      {
        name: 'assigneeId',
        type: 'select',
        label: 'Assignee',
        options: 'rpc://listMembers',
        help: 'Or map a workspace member ID.',
      },
    ]),
    ...linkParams,
  ],
  interface: [...taskInterface, ...linkOutputs],
  samples: {
    ...taskSample,
    linkedPersonId: '5f0c6b2e-3a7d-4c1e-9b8a-2d4f6e8a0c12',
    linkedCompanyId: null,
    linkedOpportunityId: null,
    taskTargetIds: ['5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a'],
  },
}
