import type { RestoreRoutes } from '../server/restore-routes.js'
import {
  COMPOSITES,
  type FieldDefinition,
  OBJECTS_BY_SINGULAR,
  type ObjectDefinition,
} from '../store/objects.js'
import { optionsOf, type SelectOptions } from '../store/select-options.js'
import { capitalize } from './present.js'

// `GET /open-api/core`: the OpenAPI document Twenty builds from a workspace's data model (its OpenApiService).
// Public: without a valid key only the skeleton comes back; with one, every object's paths and its three
// components (`Person` to create, `PersonForUpdate`, `PersonForResponse`), select fields carrying the workspace's
// options as an `enum`. Integrations read the options from here, and typegen turns it into types.

type Schema = Record<string, unknown>

const SUB_FIELD_SCHEMAS: Record<string, Schema> = {
  amountMicros: { type: 'number' },
  addressLat: { type: 'number' },
  addressLng: { type: 'number' },
  additionalEmails: { type: 'array', items: { type: 'string', format: 'email' } },
  additionalPhones: { type: 'array', items: { type: 'object' } },
  secondaryLinks: { type: 'array', items: { type: 'object' } },
  context: { type: 'object' },
}

function fieldSchema(field: FieldDefinition, options: readonly string[] | undefined): Schema {
  switch (field.type) {
    case 'SELECT':
      return { type: 'string', enum: [...(options ?? [])] }
    case 'NUMBER':
      return { type: field.integer ? 'integer' : 'number' }
    case 'POSITION':
      return { type: 'number' }
    case 'BOOLEAN':
      return { type: 'boolean' }
    case 'DATE_TIME':
      return { type: 'string', format: 'date-time' }
    case 'DATE':
      return { type: 'string', format: 'date' }
    case 'UUID':
      return { type: 'string', format: 'uuid' }
    case 'TEXT':
      return { type: 'string' }
    default: {
      const subFields = Object.keys(COMPOSITES[field.type] ?? {})
      const properties = Object.fromEntries(
        subFields.map((sub) => [sub, SUB_FIELD_SCHEMAS[sub] ?? { type: 'string' }]),
      )
      return { type: 'object', properties }
    }
  }
}

const schemaName = (object: ObjectDefinition) => capitalize(object.singular)
const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` })

// Create and update bodies leave out the server's fields (id, timestamps, actors); responses add the relations:
// a many-to-one as a `oneOf` of the target's response schema, a one-to-many as an array of it.
function properties(object: ObjectDefinition, selectOptions: SelectOptions, forWrite: boolean): Schema {
  const entries: [string, Schema][] = Object.entries(object.fields)
    .filter(([, field]) => !forWrite || !field.system)
    .map(([name, field]) => [name, fieldSchema(field, optionsOf(selectOptions, object, name))])
  if (!forWrite) {
    for (const field of Object.values(object.fields)) {
      const target = field.relation && OBJECTS_BY_SINGULAR.get(field.relation.object)
      if (target && field.relation)
        entries.push([field.relation.as, { oneOf: [schemaRef(`${schemaName(target)}ForResponse`)] }])
    }
    for (const [name, relation] of Object.entries(object.oneToMany)) {
      const target = OBJECTS_BY_SINGULAR.get(relation.object)
      if (target)
        entries.push([name, { type: 'array', items: schemaRef(`${schemaName(target)}ForResponse`) }])
    }
  }
  return Object.fromEntries(entries)
}

// The routes the sandbox serves for each object, named as Twenty's path.utils names them (group-by, which the
// sandbox does not serve, is left out; merge is listed for every object, as Twenty lists it). Restore is listed
// where the emulated release routes it.
function objectPaths(object: ObjectDefinition, restore: RestoreRoutes): Record<string, Schema> {
  const name = schemaName(object)
  const plural = capitalize(object.plural)
  const ref = (suffix: string) => schemaRef(`${name}${suffix}`)
  const json = (schema: Schema) => ({ content: { 'application/json': { schema } } })
  const ok = { 200: { description: 'OK' } }
  return {
    [`/${object.plural}`]: {
      get: { operationId: `findMany${plural}`, responses: ok },
      post: {
        operationId: `createOne${name}`,
        requestBody: { required: true, ...json(ref('')) },
        responses: { 201: { description: 'Created', ...json(ref('ForResponse')) } },
      },
      patch: {
        operationId: `updateMany${plural}`,
        requestBody: { required: true, ...json(ref('ForUpdate')) },
        responses: ok,
      },
      delete: { operationId: `deleteMany${plural}`, responses: ok },
    },
    [`/batch/${object.plural}`]: {
      post: {
        operationId: `createMany${plural}`,
        requestBody: { required: true, ...json({ type: 'array', items: ref('') }) },
        responses: { 201: { description: 'Created' } },
      },
    },
    [`/${object.plural}/{id}`]: {
      get: { operationId: `findOne${name}`, responses: ok },
      patch: {
        operationId: `UpdateOne${name}`,
        requestBody: { required: true, ...json(ref('ForUpdate')) },
        responses: ok,
      },
      delete: { operationId: `deleteOne${name}`, responses: ok },
    },
    [`/${object.plural}/duplicates`]: {
      post: { operationId: `findDuplicates${plural}`, responses: ok },
    },
    ...restorePathsOf(object.plural, restore, {
      one: { patch: { operationId: `restoreOne${name}`, responses: ok } },
      many: { patch: { operationId: `restoreMany${plural}`, responses: ok } },
    }),
    [`/${object.plural}/merge`]: { patch: { operationId: `mergeMany${plural}`, responses: ok } },
  }
}

/** The restore paths of `plural` under the emulated release (see {@link RestoreRoutes}). */
function restorePathsOf(
  plural: string,
  restore: RestoreRoutes,
  operations: { one: Schema; many: Schema },
): Record<string, Schema> {
  if (restore === 'suffix')
    return { [`/${plural}/{id}/restore`]: operations.one, [`/${plural}/restore`]: operations.many }
  const many = { [`/restore/${plural}`]: operations.many }
  return restore === 'prefix' ? { [`/restore/${plural}/{id}`]: operations.one, ...many } : many
}

/** The document for `serverUrl`: the skeleton alone, or with the workspace's objects when the key is valid. */
export function openApiCoreDocument(
  serverUrl: string,
  workspaceObjects: readonly ObjectDefinition[],
  selectOptions: SelectOptions,
  withWorkspace: boolean,
  restore: RestoreRoutes = 'suffix',
): Record<string, unknown> {
  const objects = withWorkspace ? workspaceObjects : []
  const schemas: Record<string, Schema> = {}
  for (const object of objects) {
    const name = schemaName(object)
    schemas[name] = { type: 'object', properties: properties(object, selectOptions, true) }
    schemas[`${name}ForUpdate`] = { type: 'object', properties: properties(object, selectOptions, true) }
    schemas[`${name}ForResponse`] = { type: 'object', properties: properties(object, selectOptions, false) }
  }
  return {
    openapi: '3.1.1',
    info: { title: 'Twenty Api', version: 'v0.1' },
    servers: [{ url: `${serverUrl}/rest/` }],
    security: [{ bearerAuth: [] }],
    paths: Object.assign({}, ...objects.map((object) => objectPaths(object, restore))),
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas,
    },
  }
}
