import type { RpcDefinition } from '../app-definition.js'
import { optionLabel, twentyErrors, twentyMessage } from '../twenty/iml-snippets.js'
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
 * A dropdown of a select field's options in this workspace (`{label, value}`: labelled in words, valued by API
 * value), standard then added, in the workspace's order. Twenty lists them as the field's `enum` in the OpenAPI
 * document it builds from the workspace's data model, served at the origin (`/open-api/core`, also under `/rest`).
 *
 * Every failure says the options could not be loaded, and only a refused key is an InvalidAccessTokenError: a 401,
 * or Twenty's public skeleton (an OpenAPI document without any object schema), which the route answers with 200 to
 * a key it does not accept, as the SDK's `selectOptions()` reads it. Any other answer without the options (a
 * document that lacks the field, a page that is not Twenty's) and any other status is a plain RuntimeError.
 * `response.valid` has no message or type of its own, so Make takes both from `response.error.200`, whose `type`
 * is an IML expression (developers.make.com, "Valid" and "Error").
 */
function selectOptions<T>(options: SelectOptionsOptions<T>): RpcDefinition {
  const values = `body.components.schemas.${options.schema}.properties.${options.field}.enum`
  const skeleton = 'body.openapi && (length(keys(body.components.schemas)) = 0)'
  const couldNotLoad = `Could not load this workspace's ${options.what}:`
  const failed = {
    type: 'RuntimeError',
    message: `${couldNotLoad} [{{statusCode}}] ${twentyMessage()}`,
  } as const
  // The base maps statuses to error types per status (a 500 is a ConnectionError…); here each is a plain error.
  const statuses = Object.keys(twentyErrors('')).filter((key) => /^\d+$/.test(key))
  return {
    id: options.id,
    label: options.label,
    connection: 'twentyApiKey',
    params: [],
    communication: {
      url: '/open-api/core',
      method: 'GET',
      response: {
        valid: `{{${values}}}`,
        error: {
          ...failed,
          ...Object.fromEntries(statuses.map((status) => [status, failed])),
          '401': { ...failed, type: 'InvalidAccessTokenError' },
          '200': {
            type: `{{if(${skeleton}, 'InvalidAccessTokenError', 'RuntimeError')}}`,
            message:
              `${couldNotLoad} {{if(${skeleton}, ` +
              `"Twenty did not accept the connection's API key (it answered with its public OpenAPI document, without the workspace's data model).", ` +
              `"Twenty's answer has no options for ${options.schema}.${options.field}.")}}`,
          },
        },
        iterate: `{{${values}}}`,
        output: { label: `{{${optionLabel('item')}}}`, value: '{{item}}' },
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
