import type { ModuleDefinition } from '../app-definition.js'
import { personSample } from '../twenty/record-samples.js'

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
    updatedFields: ['jobTitle'],
    eventDate: '2026-11-24T09:02:13.000Z',
    webhookId: '0d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3a',
    workspaceId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  },
}
