import type { ConnectionDefinition } from './app-definition.js'
import { CLOUD_URL, rootUrl, twentyErrors, twentyMessage } from './twenty/iml-snippets.js'

// Twenty's REST API has no /me route; the GraphQL `currentWorkspace` query is the cheapest authenticated call
// that also names the workspace (Twenty's own Zapier app uses it too).
// A server that answers 200 without being Twenty (a website, a login page in front of it) carries neither
// `errors` nor a workspace: it is refused too, so a wrong URL never becomes a connection that fails later.
const NOT_TWENTY =
  'No Twenty workspace answered at this URL: check the Twenty URL (leave it empty for Twenty Cloud).'
const GRAPHQL_ERROR = `{{ifempty(body.errors[1].message, '${NOT_TWENTY}')}}`

/** API key plus an optional self-hosted URL; verified by reading the current workspace, which labels it. */
export const twentyApiKey: ConnectionDefinition = {
  id: 'twentyApiKey',
  label: 'Twenty API key',
  params: [
    {
      name: 'apiKey',
      type: 'password',
      label: 'API key',
      help:
        'In Twenty, open Settings → APIs & Webhooks (shown to members with the "API keys and webhooks" permission), ' +
        'click Create key and copy the key: Twenty shows it only once. The role you give the key decides what Make may ' +
        'read and write; the instant trigger (Watch record events) also needs the "API keys and webhooks" permission, to register its webhook.',
      required: true,
      editable: true,
    },
    {
      name: 'baseUrl',
      type: 'url',
      label: 'Twenty URL',
      help: `Leave empty for Twenty Cloud (${CLOUD_URL}). Self-hosted: your server's address, such as https://crm.example.com.`,
      advanced: true,
      editable: true,
    },
  ],
  communication: {
    url: `${rootUrl('parameters')}/graphql`,
    method: 'POST',
    headers: { authorization: 'Bearer {{parameters.apiKey}}' },
    body: { query: 'query CurrentWorkspace { currentWorkspace { id displayName } }' },
    response: {
      valid: {
        condition: '{{!body.errors && !!body.data.currentWorkspace.id}}',
        message: GRAPHQL_ERROR,
        type: 'InvalidAccessTokenError',
      },
      error: {
        ...twentyErrors(twentyMessage('body.errors[1].message')),
        // Twenty always serves /graphql: a 404 there comes from another server at the URL.
        '404': { type: 'InvalidConfigurationError', message: `[{{statusCode}}] ${NOT_TWENTY}` },
      },
      metadata: { type: 'text', value: '{{body.data.currentWorkspace.displayName}}' },
      uid: '{{body.data.currentWorkspace.id}}',
    },
    log: { sanitize: ['request.headers.authorization'] },
  },
}
