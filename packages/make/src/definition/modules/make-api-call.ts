import type { ModuleDefinition } from '../app-definition.js'

const keyValue = [
  { name: 'key', type: 'text' as const, label: 'Key' },
  { name: 'value', type: 'text' as const, label: 'Value' },
]

/**
 * Make's universal "Make an API Call": any Twenty REST route with the connection's URL and key. Paths are
 * relative to `/rest`, so core (`/people`) and metadata (`/metadata/webhooks`) routes both work.
 */
export const makeApiCall: ModuleDefinition = {
  id: 'makeApiCall',
  label: 'Make an API Call',
  description: 'Performs an arbitrary authorized call to Twenty’s REST API.',
  type: 'universal',
  connection: 'twentyApiKey',
  communication: {
    // Twenty's docs write paths with /rest in front and users type them with or without a slash: all reach /rest/….
    url: "/rest/{{replace(parameters.url, '/^[/]*(rest[/])?/', '')}}",
    method: '{{parameters.method}}',
    headers: {
      'content-type': 'application/json',
      '{{...}}': "{{toCollection(parameters.headers, 'key', 'value')}}",
    },
    qs: { '{{...}}': "{{toCollection(parameters.qs, 'key', 'value')}}" },
    body: '{{parameters.body}}',
    type: 'text',
    response: { output: { body: '{{body}}', headers: '{{headers}}', statusCode: '{{statusCode}}' } },
  },
  mappableParams: [
    {
      name: 'url',
      type: 'text',
      label: 'URL',
      help: 'A path relative to /rest, such as /people or /metadata/webhooks (a leading /rest is ignored). Filters go in the query string.',
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
    { name: 'headers', type: 'array', label: 'Headers', spec: keyValue },
    { name: 'qs', type: 'array', label: 'Query string', spec: keyValue },
    { name: 'body', type: 'any', label: 'Body', help: 'JSON text.' },
  ],
  interface: [
    { name: 'body', type: 'any', label: 'Body' },
    { name: 'headers', type: 'collection', label: 'Headers', spec: [] },
    { name: 'statusCode', type: 'number', label: 'Status code' },
  ],
  samples: {
    body: { data: { people: [] } },
    headers: { 'content-type': 'application/json' },
    statusCode: 200,
  },
}
