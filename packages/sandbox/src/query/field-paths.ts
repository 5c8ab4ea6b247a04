import { badRequest } from '../server/http-error.js'
import { COMPOSITES, type FieldType, type ObjectDefinition } from '../store/objects.js'

/** How a value at a path compares: the type Twenty's query builder casts filter values to. */
export type ValueKind = 'string' | 'select' | 'number' | 'boolean' | 'date' | 'uuid' | 'array' | 'json'

const NUMERIC_SUB_FIELDS = new Set(['amountMicros', 'addressLat', 'addressLng'])
const ARRAY_SUB_FIELDS = new Set(['additionalEmails', 'additionalPhones', 'secondaryLinks'])

const KIND_BY_TYPE: Partial<Record<FieldType, ValueKind>> = {
  NUMBER: 'number',
  POSITION: 'number',
  BOOLEAN: 'boolean',
  DATE_TIME: 'date',
  DATE: 'date',
  UUID: 'uuid',
  TEXT: 'string',
  SELECT: 'select',
}

/**
 * Resolves `field` or `field.subField` on an object, refusing unknown fields, unknown sub-fields and (when
 * `leafRequired`) a composite field named without its sub-field, as Twenty does for filters and sorts.
 */
export function resolvePath(object: ObjectDefinition, path: string, usage: 'filter' | 'order_by'): ValueKind {
  const [fieldName, subField, ...rest] = path.split('.')
  const field = fieldName && Object.hasOwn(object.fields, fieldName) ? object.fields[fieldName] : undefined
  if (!field || rest.length > 0)
    throw badRequest(`field '${path}' does not exist in '${object.singular}' object`)
  const composite = COMPOSITES[field.type]
  if (!composite) {
    if (subField !== undefined)
      throw badRequest(`field '${path}' does not exist in '${object.singular}' object`)
    return KIND_BY_TYPE[field.type] ?? 'string'
  }
  if (subField === undefined) {
    throw badRequest(
      usage === 'order_by'
        ? `Composite field '${fieldName}' cannot be used to order without a sub-field, eg: ${fieldName}.${Object.keys(composite)[0]}`
        : `Composite field '${fieldName}' cannot be filtered without a sub-field, eg: ${fieldName}.${Object.keys(composite)[0]}[eq]:value`,
    )
  }
  // Twenty checks each segment alone (check-fields.utils.ts), so it names the sub-field.
  if (!(subField in composite))
    throw badRequest(`field '${subField}' does not exist in '${object.singular}' object`)
  if (NUMERIC_SUB_FIELDS.has(subField)) return 'number'
  if (ARRAY_SUB_FIELDS.has(subField)) return 'array'
  if (subField === 'context' || subField === 'blocknote') return 'json'
  return 'string'
}

// Sub-field types of Twenty's composite definitions (twenty-shared composite-types); the rest are TEXT.
const SUB_FIELD_TYPES: Record<string, string> = {
  additionalEmails: 'RAW_JSON',
  additionalPhones: 'RAW_JSON',
  secondaryLinks: 'RAW_JSON',
  context: 'RAW_JSON',
  amountMicros: 'NUMERIC',
  addressLat: 'NUMERIC',
  addressLng: 'NUMERIC',
  source: 'SELECT',
  workspaceMemberId: 'UUID',
}

/** The Twenty field type a filter on `path` is checked against (a composite's sub-field has its own type). */
export function twentyTypeOf(object: ObjectDefinition, path: string): string {
  const [fieldName, subField] = path.split('.')
  const field = object.fields[fieldName as string]
  if (subField !== undefined) return SUB_FIELD_TYPES[subField] ?? 'TEXT'
  if (field?.relation) return 'RELATION'
  return field?.type ?? 'TEXT'
}
