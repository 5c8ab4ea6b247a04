import type { Parameter } from '../../format/types.js'
import type { ModuleDefinition } from '../app-definition.js'
import {
  companyInterface,
  derivedFieldNames,
  noteInterface,
  opportunityInterface,
  personInterface,
  taskInterface,
} from '../twenty/record-interfaces.js'
import { personSample } from '../twenty/record-samples.js'

/**
 * The record again under its object's name, null for the other objects. `record` varies with the object, so its
 * interface is `any` and Make's mapping panel shows none of its fields; these collections declare them, so a
 * filter or a later module can map an opportunity's stage or a person's email.
 */
const byObject = (name: string, label: string, fields: Parameter[]): Parameter => ({
  name,
  type: 'collection',
  label,
  help: `${label} events only: the record, field by field; empty for other objects.`,
  spec: fields.filter((field) => !derivedFieldNames.includes(field.name)),
})
const recordByObject: Parameter[] = [
  byObject('person', 'Person', personInterface),
  byObject('company', 'Company', companyInterface),
  byObject('opportunity', 'Opportunity', opportunityInterface),
  byObject('task', 'Task', taskInterface),
  byObject('note', 'Note', noteInterface),
]

/**
 * Fires instantly for each event chosen on the webhook. It has no communication of its own: Make passes the
 * webhook's bundle through, so the interface below describes the webhook's output.
 */
export const watchRecordEvents: ModuleDefinition = {
  id: 'watchRecordEvents',
  label: 'Watch record events',
  description:
    'Triggers instantly when people, companies, opportunities, tasks or notes are created, updated or deleted.',
  type: 'instant_trigger',
  connection: 'twentyApiKey',
  webhook: 'recordEvents',
  interface: [
    {
      name: 'eventName',
      type: 'text',
      label: 'Event',
      help: 'The object and the action, such as person.created or opportunity.updated.',
    },
    {
      name: 'objectName',
      type: 'text',
      label: 'Object',
      help: 'person, company, opportunity, task or note.',
    },
    {
      name: 'action',
      type: 'text',
      label: 'Action',
      help: 'created, updated, deleted (moved to the trash), destroyed (deleted for good) or restored.',
    },
    { name: 'recordId', type: 'uuid', label: 'Record ID' },
    {
      name: 'record',
      type: 'any',
      label: 'Record',
      help: "The record's fields after the change (before it for deletions), as the matching Create module outputs them.",
    },
    ...recordByObject,
    {
      name: 'updatedFields',
      type: 'array',
      label: 'Updated fields',
      help: 'Updates only: the names of the fields that changed, such as jobTitle.',
      spec: { name: 'value', type: 'text', label: 'Field name' },
    },
    { name: 'eventDate', type: 'date', label: 'Event date' },
    { name: 'webhookId', type: 'uuid', label: 'Webhook ID' },
    { name: 'workspaceId', type: 'uuid', label: 'Workspace ID' },
  ],
  samples: {
    eventName: 'person.updated',
    objectName: 'person',
    action: 'updated',
    recordId: personSample.id ?? null,
    record: { ...personSample, jobTitle: 'Sales Director', updatedAt: '2026-11-24T09:02:13.000Z' },
    person: { ...personSample, jobTitle: 'Sales Director', updatedAt: '2026-11-24T09:02:13.000Z' },
    company: null,
    opportunity: null,
    task: null,
    note: null,
    updatedFields: ['jobTitle'],
    eventDate: '2026-11-24T09:02:13.000Z',
    webhookId: '0d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3a',
    workspaceId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  },
}
