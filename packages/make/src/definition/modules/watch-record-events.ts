import type { ModuleDefinition } from '../app-definition.js'
import { personSample } from '../twenty/record-samples.js'

/**
 * Fires instantly for each event chosen on the webhook. It has no communication of its own: Make passes the
 * webhook's bundle through, so the interface below describes the webhook's output.
 */
export const watchRecordEvents: ModuleDefinition = {
  id: 'watchRecordEvents',
  label: 'Watch Record Events',
  description:
    'Triggers instantly when people, companies, opportunities, tasks or notes are created, updated or deleted.',
  type: 'instant_trigger',
  connection: 'twentyApiKey',
  webhook: 'recordEvents',
  interface: [
    { name: 'eventName', type: 'text', label: 'Event', help: 'Such as person.created.' },
    { name: 'objectName', type: 'text', label: 'Object' },
    { name: 'action', type: 'text', label: 'Action', help: 'created, updated or deleted.' },
    { name: 'recordId', type: 'uuid', label: 'Record ID' },
    { name: 'record', type: 'any', label: 'Record', help: 'After the change; before it for deletions.' },
    { name: 'updatedFields', type: 'array', label: 'Updated fields', spec: { name: 'value', type: 'text' } },
    { name: 'eventDate', type: 'date', label: 'Event date' },
    { name: 'webhookId', type: 'uuid', label: 'Webhook ID' },
    { name: 'workspaceId', type: 'uuid', label: 'Workspace ID' },
  ],
  samples: {
    eventName: 'person.created',
    objectName: 'person',
    action: 'created',
    recordId: personSample.id ?? null,
    record: personSample,
    eventDate: '2026-11-20T09:30:00.000Z',
    webhookId: '0d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3a',
    workspaceId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  },
}
