import { inspect } from 'node:util'
import { badRequest } from '../server/http-error.js'
import { normaliseComposite } from './normalise-composites.js'
import { COMPOSITES, type FieldDefinition, type ObjectDefinition } from './objects.js'
import { optionsOf, type SelectOptions } from './select-options.js'

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * twenty-shared's `isValidUuid`: versions 1 to 5 and the RFC variant only, so the nil uuid and v7 ids fail. Twenty
 * checks path ids (parseCorePath) and filter values (validateUUIDFieldOrThrow) with it; Postgres, behind, takes any.
 */
export const TWENTY_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/** `value` when it is a uuid; otherwise the 400 Postgres gives Twenty for a malformed one. */
export function checkUuid(value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value))
    throw badRequest(`invalid input syntax for type uuid: "${String(value)}"`)
  return value
}

/**
 * A uuid field of a write (`id`, a foreign key such as `companyId`), refused as Twenty's data-arg processor does
 * with validateUUIDFieldOrThrow before the row reaches Postgres: only `isValidUuid` values pass, so an id that
 * Postgres would store (the nil uuid, a v7, `11111111-1111-1111-1111-111111111111`) is still a 400.
 */
function checkUuidField(key: string, value: unknown): void {
  if (typeof value !== 'string' || !TWENTY_UUID.test(value))
    throw badRequest(`Invalid UUID value ${inspect(value)} for field "${key}"`)
}

// A date-time without an offset (`2025-01-13T10:30`, `2025-01-13 10:30:00`): twenty-shared's parseToInstantOrThrow
// reads it as a Temporal PlainDateTime in UTC, where `new Date()` would read it in the machine's time zone.
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/

/** The instant Twenty stores for a DATE_TIME input, in ISO 8601 UTC. */
function toInstant(value: string): string {
  const local = LOCAL_DATE_TIME.exec(value)
  return new Date(local ? `${local[1]}T${local[2]}Z` : value).toISOString()
}

// A DATE column takes a day, or a timestamp whose day part Postgres keeps; Twenty answers `YYYY-MM-DD`.
const DAY = /^\d{4}-\d{2}-\d{2}(T.*)?$/

// Sub-fields that are not strings. A string sub-field may be null: Twenty checks each with validateTextFieldOrThrow.
const SUB_FIELD_KINDS: Record<string, 'number' | 'array' | 'object'> = {
  addressLat: 'number',
  addressLng: 'number',
  additionalEmails: 'array',
  additionalPhones: 'array',
  secondaryLinks: 'array',
  context: 'object',
}

/**
 * Checks a create or update body against the object's fields, the way Twenty's query runner refuses bad input
 * (400), and returns the accepted fields, emails, links and phones in the form Twenty stores them. System fields
 * (`createdAt`, `deletedAt`, `createdBy`, …) are checked and kept like any other, as Twenty's data-arg processor keeps
 * them (common-args-processors/data-arg-processor/data-arg-processor.service.ts); the store decides which it honours.
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
    // Own fields only: `toString` or `constructor` is no field, though every object literal inherits one.
    const field = Object.hasOwn(object.fields, key) ? object.fields[key] : undefined
    if (!field) throw badRequest(`Object ${object.singular} doesn't have any "${key}" field.`)
    if (key === 'id') checkUuidField(key, value)
    checkValue(key, field, value, optionsOf(selectOptions, object, key))
    // A null composite passes Twenty's validators, and its formatCompositeField (twenty-orm/utils/format-data.util.ts)
    // writes no column for it: the field keeps its value, or its defaults on a create.
    if (value === null && field.type in COMPOSITES) continue
    // Postgres stores timestamptz and Twenty answers in UTC, whatever offset the input carried.
    accepted[key] =
      field.type in COMPOSITES
        ? normaliseComposite(field.type, { ...(value as Record<string, unknown>) })
        : field.type === 'TEXT' && value === null
          ? // Twenty stores it as NULL and answers NULL text as '' (format-result.util.ts).
            ''
          : field.type === 'DATE_TIME' && typeof value === 'string'
            ? toInstant(value)
            : field.type === 'DATE' && typeof value === 'string'
              ? value.slice(0, 10)
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
    // Every validator of Twenty's data-arg processor takes null (a composite's too) but the position's
    // (validate-overridden-position-field-or-throw.util.ts); a null actor is no actor, so the createdBy hook sets the writer's.
    if (field.type === 'POSITION') throw badRequest(`Invalid position value null for field "${key}"`)
    return
  }
  switch (field.type) {
    case 'TEXT':
      if (typeof value !== 'string') fail('a string')
      return
    case 'POSITION':
      // RecordPositionService turns 'first' and 'last' into numbers before the validator sees them.
      if (value !== 'first' && value !== 'last' && (typeof value !== 'number' || !Number.isFinite(value)))
        throw badRequest(`Invalid position value ${inspect(value)} for field "${key}"`)
      return
    case 'NUMBER':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail('a number')
      if (field.integer && !Number.isInteger(value)) fail('an integer')
      return
    case 'BOOLEAN':
      if (typeof value !== 'boolean') fail('a boolean')
      return
    case 'DATE_TIME':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail('an ISO 8601 date')
      return
    case 'DATE':
      if (typeof value !== 'string' || !DAY.test(value) || Number.isNaN(Date.parse(value.slice(0, 10))))
        fail('a date (YYYY-MM-DD)')
      return
    case 'UUID':
      checkUuidField(key, value)
      return
    case 'ACTOR':
      checkActor(key, value)
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

/** twenty-shared's FieldActorSource: the sources an actor may name. */
export const ACTOR_SOURCES = [
  'EMAIL',
  'CALENDAR',
  'WORKFLOW',
  'AGENT',
  'API',
  'IMPORT',
  'MANUAL',
  'SYSTEM',
  'WEBHOOK',
] as const

/**
 * An ACTOR (`createdBy`, `updatedBy`), checked as Twenty's validate-actor-field-or-throw.util.ts does: an object whose
 * `source` is one of {@link ACTOR_SOURCES}, `name` a string, `workspaceMemberId` a uuid or null, `context` an object
 * or null, and no other sub-field.
 */
function checkActor(key: string, value: unknown): void {
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(`Invalid value for field "${key}": expected an object`)
  }
  for (const [sub, subValue] of Object.entries(value as Record<string, unknown>)) {
    const path = `${key}.${sub}`
    switch (sub) {
      case 'source':
        if (!(ACTOR_SOURCES as readonly unknown[]).includes(subValue)) {
          throw badRequest(
            `Invalid value '${String(subValue)}' for field "${path}". Allowed values: ${ACTOR_SOURCES.join(', ')}`,
          )
        }
        break
      case 'name':
        if (subValue !== null && typeof subValue !== 'string')
          throw badRequest(`Invalid value ${JSON.stringify(subValue)} for "${path}"`)
        break
      case 'workspaceMemberId':
        if (subValue !== null) checkUuidField(path, subValue)
        break
      case 'context':
        if (typeof subValue !== 'object' || Array.isArray(subValue))
          throw badRequest(`Invalid value ${JSON.stringify(subValue)} for "${path}"`)
        break
      default:
        throw badRequest(`Invalid subfield ${sub} for actor field "${key}"`)
    }
  }
}

// zod's `regexes.unicodeEmail`, which Twenty checks emails with (validate-emails-primary-email-subfield-or-throw.util.ts).
const EMAIL = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u

/**
 * An EMAILS sub-field, checked as Twenty's validate-emails-field-or-throw.util.ts does: `primaryEmail` null, empty or
 * an address; `additionalEmails` null or a list of addresses. Twenty lower-cases them only after this check.
 */
function checkEmail(path: string, value: unknown): void {
  if (value === null || value === '') return
  if (typeof value !== 'string' || !EMAIL.test(value)) {
    throw badRequest(`Invalid string value ${inspect(value)} for email field "${path}"`)
  }
}

function checkEmailsSubField(key: string, sub: string, value: unknown): void {
  const path = `${key}.${sub}`
  if (sub === 'primaryEmail') {
    checkEmail(path, value)
    return
  }
  if (value === null) return
  if (!Array.isArray(value) || value.includes(null)) {
    throw badRequest(`Invalid value ${inspect(value)} for field "${path} - Array values need to be string"`)
  }
  for (const item of value) checkEmail(path, item)
}

/**
 * A NUMERIC value, checked as Twenty's validate-numeric-field-or-throw.util.ts does: null, '' or anything whose
 * `Number()` is finite (so decimals and numeric strings such as "2500000"); the message names `Number(value)`.
 */
function checkNumeric(path: string, value: unknown): void {
  if (value === null || value === '') return
  const number = Number(value)
  if (!Number.isFinite(number)) {
    throw badRequest(`Invalid number value ${inspect(number)} for field "${path}"`)
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
    if (field.type === 'EMAILS') {
      checkEmailsSubField(key, sub, subValue)
      continue
    }
    if (sub === 'amountMicros') {
      checkNumeric(`${key}.${sub}`, subValue)
      continue
    }
    const kind = SUB_FIELD_KINDS[sub]
    const ok =
      kind === 'number'
        ? subValue === null || (typeof subValue === 'number' && Number.isFinite(subValue))
        : kind === 'array'
          ? subValue === null || Array.isArray(subValue)
          : kind === 'object'
            ? typeof subValue === 'object'
            : subValue === null || typeof subValue === 'string'
    if (!ok) throw badRequest(`Invalid value ${JSON.stringify(subValue)} for "${key}.${sub}"`)
  }
}
