import type { TaskInput } from 'twenty-sdk'
import type { PlainInputField, PlainOutputField } from 'zapier-platform-core'
import { recordId } from '../fields/record-id.js'
import { selectValue } from '../fields/select-value.js'
import { compact, text } from '../fields/values.js'

// How a Twenty task looks in Zapier: input fields, the SDK input they become, outputs and a sample.

/** Records a new task can be linked to, each through one `taskTarget`. */
export const TASK_LINK_FIELDS = [
  { key: 'personId', label: 'Linked Person', dynamic: 'list_people.id.label', search: 'find_person.id' },
  { key: 'companyId', label: 'Linked Company', dynamic: 'list_companies.id.name', search: 'find_company.id' },
  {
    key: 'opportunityId',
    label: 'Linked Opportunity',
    dynamic: 'list_opportunities.id.label',
    search: 'find_opportunity.id',
  },
] as const satisfies readonly PlainInputField[]

export const taskInputFields: PlainInputField[] = [
  { key: 'title', label: 'Title', required: true, helpText: 'e.g. Send the price list.' },
  {
    key: 'body',
    label: 'Body',
    type: 'text',
    helpText: 'Plain text, or Markdown such as **bold** and lists, which Twenty shows formatted.',
  },
  {
    key: 'dueAt',
    label: 'Due At',
    type: 'datetime',
    helpText:
      'A date (2026-11-28), a date and time with its time zone (2026-11-28T10:00:00+07:00), or words Zapier ' +
      'reads as a date, such as "tomorrow at noon".',
  },
  {
    key: 'status',
    label: 'Status',
    dynamic: 'list_task_statuses.id.label',
    default: 'TODO',
    helpText: 'Pick one, or map a status from another app: its name, such as "In progress", works as well.',
  },
  {
    key: 'assigneeId',
    label: 'Assignee',
    dynamic: 'list_workspace_members.id.label',
    helpText: 'The workspace member who should do it.',
  },
  ...TASK_LINK_FIELDS.map((field) => ({ ...field, helpText: 'Optional: the task shows on this record.' })),
]

/** Zapier labels by SDK input path, for error messages. */
export const taskLabels: Readonly<Record<string, string>> = {
  title: 'Title',
  bodyV2: 'Body',
  dueAt: 'Due At',
  status: 'Status',
  assigneeId: 'Assignee',
  personId: 'Linked Person',
  companyId: 'Linked Company',
  opportunityId: 'Linked Opportunity',
}

/** The SDK input for the task itself; its links are created separately, as taskTargets. */
export function toTaskInput(data: Record<string, unknown>): TaskInput {
  const body = text(data.body)
  return compact({
    title: text(data.title),
    bodyV2: body === undefined ? undefined : { markdown: body },
    dueAt: text(data.dueAt),
    status: selectValue(data.status),
    assigneeId: recordId(data.assigneeId, 'assigneeId'),
  }) as TaskInput
}

export const taskOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Task ID', type: 'string' },
  { key: 'title', label: 'Title', type: 'string' },
  { key: 'bodyV2__markdown', label: 'Body', type: 'string' },
  { key: 'dueAt', label: 'Due At', type: 'datetime' },
  { key: 'status', label: 'Status', type: 'string' },
  { key: 'assigneeId', label: 'Assignee ID', type: 'string' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
]

/** A task as Twenty's REST API returns it. */
export const taskSample = {
  id: '4b3a2c1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d',
  title: 'Send the wholesale price list',
  bodyV2: { blocknote: null, markdown: 'Include the **2027** Arabica prices.' },
  dueAt: '2026-11-28T10:00:00.000Z',
  status: 'TODO',
  assigneeId: '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a',
  position: 5,
  createdBy: { source: 'API', workspaceMemberId: null, name: 'Zapier', context: {} },
  updatedBy: { source: 'API', workspaceMemberId: null, name: 'Zapier', context: {} },
  createdAt: '2026-11-21T07:45:00.000Z',
  updatedAt: '2026-11-21T07:45:00.000Z',
  deletedAt: null,
}
