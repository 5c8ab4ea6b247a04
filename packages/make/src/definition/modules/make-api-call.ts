import type { ModuleDefinition } from '../app-definition.js'

const keyValue = [
  { name: 'key', type: 'text' as const, label: 'Key' },
  { name: 'value', type: 'text' as const, label: 'Value' },
]

/**
 * Make's universal "Make an API call": any Twenty REST route with the connection's URL and key. Paths are
 * relative to `/rest`, so core (`/people`) and metadata (`/metadata/webhooks`) routes both work.
 */
export const makeApiCall: ModuleDefinition = {
  id: 'makeApiCall',
  label: 'Make an API call',
  description: 'Performs an arbitrary authorized call to Twenty’s REST API.',
  type: 'universal',
  connection: 'twentyApiKey',
  communication: {
    // Twenty's docs write paths with /rest in front and users type them with or without a slash: all reach /rest/….
    // A whole URL pasted from Twenty's API playground keeps only its path, so it reaches the connection's server
    // (and the key is never sent to another host).
    url: "/rest/{{replace(parameters.url, '/^([a-z][a-z0-9+.-]*:[/][/][^/]*)?[/]*(rest[/])?/i', '')}}",
    method: '{{parameters.method}}',
    headers: {
      'content-type': 'application/json',
      '{{...}}': "{{toCollection(parameters.headers, 'key', 'value')}}",
    },
    qs: { '{{...}}': "{{toCollection(parameters.qs, 'key', 'value')}}" },
    body: '{{parameters.body}}',
    type: 'text',
    response: { output: { body: '{{body}}', headers: '{{headers}}', statusCode: '{{statusCode}}' } },
    // Twenty answers a webhook's create, read or update with its secret (one it generated when none was given).
    // Make masks paths in dot notation; a list's items (GET /metadata/webhooks) have no path it documents.
    log: { sanitize: ['request.headers.authorization', 'response.body.secret'] },
  },
  mappableParams: [
    {
      name: 'url',
      type: 'text',
      label: 'URL',
      help: 'A path relative to your Twenty URL + /rest (https://api.twenty.com/rest on Twenty Cloud), such as /people or /metadata/webhooks; a leading /rest is ignored, and a whole URL is read as its path on the connection’s server. Put filters in Query string, such as filter = name[ilike]:"%acme%".',

      required: true,
    },
    {
      name: 'method',
      type: 'select',
      label: 'Method',
      options: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'].map((method) => ({ label: method, value: method })),
      default: 'GET',
      required: true,
    },
    {
      name: 'headers',
      type: 'array',
      label: 'Headers',
      help: 'You do not need to add the Authorization header: the connection adds it. Content-Type is application/json.',
      spec: keyValue,
    },
    {
      name: 'qs',
      type: 'array',
      label: 'Query string',
      help: 'Such as limit = 20, or order_by = createdAt[DescNullsLast].',
      spec: keyValue,
    },
    {
      name: 'body',
      type: 'any',
      label: 'Body',
      help: 'The request body as JSON text, such as {"name": "Acme"}. Leave it empty for GET and DELETE.',
    },
  ],
  interface: [
    { name: 'body', type: 'any', label: 'Body', help: "Twenty's answer, parsed from JSON." },
    { name: 'headers', type: 'collection', label: 'Headers', spec: [] },
    { name: 'statusCode', type: 'number', label: 'Status code', help: 'Such as 200 or 201.' },
  ],
  samples: {
    body: { data: { people: [] } },
    headers: { 'content-type': 'application/json' },
    statusCode: 200,
  },
}
