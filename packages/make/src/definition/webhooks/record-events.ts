import type { WebhookDefinition } from '../app-definition.js'

/** The objects and actions a Make scenario can subscribe to; Twenty names events `<object>.<action>`. */
export const EVENT_OBJECTS = ['person', 'company', 'opportunity', 'task', 'note'] as const
export const EVENT_ACTIONS = ['created', 'updated', 'deleted', 'destroyed', 'restored'] as const

/**
 * What each action means in Twenty: `deleted` is a move to the trash (a delete in the app, or the API's soft
 * delete), `destroyed` a deletion for good (the API's default DELETE, a merge, emptying the trash).
 */
const ACTION_LABELS: Record<(typeof EVENT_ACTIONS)[number], string> = {
  created: 'created',
  updated: 'updated',
  deleted: 'deleted (moved to the trash)',
  destroyed: 'destroyed (deleted for good)',
  restored: 'restored from the trash',
}

/**
 * A dedicated webhook registered in Twenty when the scenario's hook is created (attach) and removed with it
 * (detach). Twenty's id is kept in the hook's data, which is what detach reads back as `webhook.id`. A random
 * secret is set so Twenty signs deliveries; Make's IML only sees the parsed body, not the raw bytes the
 * signature covers, so the hook's unguessable URL is what authenticates Twenty here.
 */
export const recordEvents: WebhookDefinition = {
  id: 'recordEvents',
  label: 'Twenty record events',
  type: 'web',
  connection: 'twentyApiKey',
  params: [
    {
      name: 'events',
      type: 'select',
      label: 'Events',
      help: 'The changes in Twenty that run the scenario; pick one or more.',
      multiple: true,
      required: true,
      options: EVENT_OBJECTS.flatMap((object) =>
        EVENT_ACTIONS.map((action) => ({
          label: `${object[0]?.toUpperCase()}${object.slice(1)} ${ACTION_LABELS[action]}`,
          value: `${object}.${action}`,
        })),
      ),
    },
  ],
  attach: {
    url: '/rest/metadata/webhooks',
    method: 'POST',
    body: {
      targetUrl: '{{webhook.url}}',
      operations: '{{parameters.events}}',
      description: 'Make scenario',
      secret: '{{sha256(uuid)}}',
    },
    response: { data: { id: '{{body.id}}' } },
    log: { sanitize: ['request.headers.authorization', 'request.body.secret', 'response.body.secret'] },
  },
  detach: {
    url: '/rest/metadata/webhooks/{{webhook.id}}',
    method: 'DELETE',
  },
  communication: {
    condition: "{{contains(body.eventName, '.')}}",
    respond: { status: 200, type: 'json', body: { received: true } },
    output: {
      eventName: '{{body.eventName}}',
      objectName: '{{body.objectMetadata.nameSingular}}',
      action: "{{last(split(body.eventName, '.'))}}",
      recordId: '{{body.record.id}}',
      record: '{{body.record}}',
      ...Object.fromEntries(
        EVENT_OBJECTS.map((object) => [
          object,
          `{{if(body.objectMetadata.nameSingular = '${object}', body.record, null)}}`,
        ]),
      ),
      updatedFields: '{{body.updatedFields}}',
      eventDate: '{{body.eventDate}}',
      webhookId: '{{body.webhookId}}',
      workspaceId: '{{body.workspaceId}}',
    },
  },
}
