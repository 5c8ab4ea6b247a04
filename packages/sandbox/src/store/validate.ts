import { badRequest } from '../server/http-error.js'
import { normaliseComposite } from './normalise-composites.js'
import { COMPOSITES, type FieldDefinition, type ObjectDefinition } from './objects.js'
import { optionsOf, type SelectOptions } from './select-options.js'

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** `value` when it is a uuid; otherwise the 400 Postgres gives Twenty for a malformed one. */
export function checkUuid(value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value))
    throw badRequest(`invalid input syntax for type uuid: "${String(value)}"`)
  return value
}

// Sub-fields that are not plain strings.
const SUB_FIELD_KINDS: Record<string, 'number' | 'array' | 'object' | 'nullableString'> = {
  amountMicros: 'number',
  addressLat: 'number',
  addressLng: 'number',
  additionalEmails: 'array',
  additionalPhones: 'array',
  secondaryLinks: 'array',
  context: 'object',
  blocknote: 'nullableString',
  markdown: 'nullableString',
  workspaceMemberId: 'nullableString',
}

/**
 * Checks a create or update body against the object's fields, the way Twenty's query runner refuses bad input
 * (400), and returns the accepted fields, emails, links and phones in the form Twenty stores them.
 * Server-managed fields other than `id` and `position` are ignored.
 */
export function validateInput(
  object: ObjectDefinition,
  body: unknown,
  selectOptions: SelectOptions,
): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest(`Invalid body: expected a JSON object describing a ${object.singular}`)
  }
  const accepted: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body)) {
    const field = object.fields[key]
    if (!field) throw badRequest(`Object ${object.singular} doesn't have any "${key}" field.`)
    if (field.system && key !== 'id') continue
    if (key === 'id' && (typeof value !== 'string' || !UUID.test(value))) {
      throw badRequest(`invalid input syntax for type uuid: "${String(value)}"`)
    }
    checkValue(key, field, value, optionsOf(selectOptions, object, key))
    // Postgres stores timestamptz and Twenty answers in UTC, whatever offset the input carried.
    accepted[key] =
      field.type in COMPOSITES
        ? normaliseComposite(field.type, { ...(value as Record<string, unknown>) })
        : field.type === 'DATE_TIME' && typeof value === 'string'
          ? new Date(value).toISOString()
          : value
  }
  return accepted
}

function checkValue(
  key: string,
  field: FieldDefinition,
  value: unknown,
  options: readonly string[] | undefined,
): void {
  const fail = (expected: string) => {
    throw badRequest(`Invalid value ${JSON.stringify(value)} for field "${key}": expected ${expected}`)
  }
  if (value === null) {
    if (field.type in COMPOSITES) fail('an object')
    return
  }
  switch (field.type) {
    case 'TEXT':
      if (typeof value !== 'string') fail('a string')
      return
    case 'NUMBER':
    case 'POSITION':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail('a number')
      if (field.integer && !Number.isInteger(value)) fail('an integer')
      return
    case 'BOOLEAN':
      if (typeof value !== 'boolean') fail('a boolean')
      return
    case 'DATE_TIME':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail('an ISO 8601 date')
      return
    case 'UUID':
      if (typeof value !== 'string' || !UUID.test(value))
        throw badRequest(`invalid input syntax for type uuid: "${String(value)}"`)
      return
    case 'SELECT':
      if (!options?.includes(value as string)) {
        throw badRequest(
          `Invalid value '${String(value)}' for field "${key}". Allowed values: ${options?.join(', ')}`,
        )
      }
      return
    default:
      checkComposite(key, field, value)
  }
}

function checkComposite(key: string, field: FieldDefinition, value: unknown): void {
  const shape = COMPOSITES[field.type]
  if (!shape) return
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(`Invalid value for field "${key}": expected an object`)
  }
  for (const [sub, subValue] of Object.entries(value as Record<string, unknown>)) {
    if (!(sub in shape)) throw badRequest(`Object field "${key}" doesn't have any "${sub}" sub-field.`)
    const kind = SUB_FIELD_KINDS[sub]
    const ok =
      kind === 'number'
        ? subValue === null || (typeof subValue === 'number' && Number.isFinite(subValue))
        : kind === 'array'
          ? subValue === null || Array.isArray(subValue)
          : kind === 'object'
            ? typeof subValue === 'object'
            : kind === 'nullableString'
              ? subValue === null || typeof subValue === 'string'
              : typeof subValue === 'string'
    if (!ok) throw badRequest(`Invalid value ${JSON.stringify(subValue)} for "${key}.${sub}"`)
    if (sub === 'amountMicros' && subValue !== null && !Number.isInteger(subValue)) {
      throw badRequest(`Invalid value ${JSON.stringify(subValue)} for "${key}.${sub}": expected an integer`)
    }
  }
}
