import type { RpcDefinition } from '../app-definition.js'
import type { Schemas } from '../twenty/typed-fields.js'

interface SelectOptionsOptions<T> {
  id: string
  label: string
  /** The object's create schema in Twenty's OpenAPI document (`Opportunity`), where select fields list options. */
  schema: string
  /** The select field, checked against the SDK's type of that schema. */
  field: Extract<keyof T, string>
  /** What the options are, for the error message (`opportunity stages`). */
  what: string
}

/**
 * A dropdown of a select field's options in this workspace (`{label, value}`, label = API value), standard then
 * added, in the workspace's order. Twenty lists them as the field's `enum` in the OpenAPI document it builds from
 * the workspace's data model, served at the origin (`/open-api/core`, also under `/rest`). The route is public:
 * to a key it does not accept, Twenty answers 200 with a skeleton without any object, so an answer without the
 * field's options is refused instead of showing an empty dropdown.
 */
function selectOptions<T>(options: SelectOptionsOptions<T>): RpcDefinition {
  const values = `body.components.schemas.${options.schema}.properties.${options.field}.enum`
  return {
    id: options.id,
    label: options.label,
    connection: 'twentyApiKey',
    params: [],
    communication: {
      url: '/open-api/core',
      method: 'GET',
      response: {
        valid: {
          condition: `{{${values}}}`,
          message: `Twenty did not list this workspace's ${options.what} for the connection's API key.`,
          type: 'InvalidAccessTokenError',
        },
        iterate: `{{${values}}}`,
        output: { label: '{{item}}', value: '{{item}}' },
      },
    },
  }
}

/** Opportunity stages: Twenty's standard ones (NEW … CUSTOMER), then those the workspace added. */
export const listOpportunityStages = selectOptions<Schemas['Opportunity']>({
  id: 'listOpportunityStages',
  label: 'List opportunity stages',
  schema: 'Opportunity',
  field: 'stage',
  what: 'opportunity stages',
})

/** Task statuses: TODO, IN_PROGRESS, DONE, then those the workspace added. */
export const listTaskStatuses = selectOptions<Schemas['Task']>({
  id: 'listTaskStatuses',
  label: 'List task statuses',
  schema: 'Task',
  field: 'status',
  what: 'task statuses',
})
