import { inspect } from 'node:util'
import { badRequest } from '../server/http-error.js'
import { type ObjectDefinition, readPath } from '../store/objects.js'
import { optionsOf, type SelectOptions } from '../store/select-options.js'
import { TWENTY_UUID, UUID } from '../store/validate.js'
import { resolvePath, twentyTypeOf, type ValueKind } from './field-paths.js'
import type { Comparator, FilterNode } from './parse-filter.js'

export type RecordPredicate = (record: Record<string, unknown>) => boolean

/**
 * Whether a filter names `deletedAt` anywhere: Twenty then lifts its soft-delete exclusion (its query parser's
 * `applyDeletedAtToBuilder` calls `withDeleted()`), which is how trashed records are listed.
 */
export function mentionsDeletedAt(node: FilterNode): boolean {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.children.some(mentionsDeletedAt)
    case 'not':
      return mentionsDeletedAt(node.child)
    case 'condition':
      return node.path === 'deletedAt'
  }
}

/** Turns a parsed filter into a predicate, checking every field and casting every value up front (400s first). */
export function compilePredicate(
  object: ObjectDefinition,
  node: FilterNode,
  selectOptions: SelectOptions,
): RecordPredicate {
  switch (node.kind) {
    case 'and': {
      const children = node.children.map((child) => compilePredicate(object, child, selectOptions))
      return (record) => children.every((test) => test(record))
    }
    case 'or': {
      const children = node.children.map((child) => compilePredicate(object, child, selectOptions))
      return (record) => children.some((test) => test(record))
    }
    case 'not': {
      const child = compilePredicate(object, node.child, selectOptions)
      return (record) => !child(record)
    }
    case 'condition':
      return compileCondition(object, node, selectOptions)
  }
}

function compileCondition(
  object: ObjectDefinition,
  node: Extract<FilterNode, { kind: 'condition' }>,
  selectOptions: SelectOptions,
): RecordPredicate {
  const kind = resolvePath(object, node.path, 'filter')
  checkOperator(node.comparator, twentyTypeOf(object, node.path), node.path)
  // A select column is a Postgres enum: Twenty refuses a value the workspace does not have (check-filter-enum-values).
  const options = kind === 'select' ? (optionsOf(selectOptions, object, node.path) ?? []) : []
  const cast = (value: string) => castValue(value, kind, node.path, options)
  const read = (record: Record<string, unknown>) => readPath(record, node.path)
  const { comparator } = node
  const value = isPrimaryEmail(object, node.path) ? lowerEmailValue(comparator, node.value) : node.value
  if (comparator === 'is') {
    if (value !== 'NULL' && value !== 'NOT_NULL')
      throw badRequest(`Invalid filter value for "is" operator. Expected "NULL" or "NOT_NULL"`)
    return value === 'NULL' ? (record) => read(record) == null : (record) => read(record) != null
  }
  if (Array.isArray(value)) {
    const expected = value.map(cast)
    if (comparator === 'in') return (record) => expected.some((item) => same(read(record), item))
    return (record) => {
      const actual = read(record)
      if (!Array.isArray(actual)) return false
      return comparator === 'containsAny'
        ? expected.some((item) => actual.includes(item))
        : expected.length === actual.length && expected.every((item) => actual.includes(item))
    }
  }
  // These four compare the column cast to text with the value as sent (`%` and `_` are the client's to add); a
  // JSON column (emails.additionalEmails, `like` only) is read as its JSON text, as Postgres casts jsonb.
  const text = (record: Record<string, unknown>) => {
    const actual = read(record)
    if (actual == null) return undefined
    return typeof actual === 'object' ? JSON.stringify(actual) : String(actual)
  }
  switch (comparator) {
    case 'like':
    case 'ilike': {
      const pattern = likePattern(value, comparator === 'ilike')
      return (record) => {
        const actual = text(record)
        return actual !== undefined && pattern.test(actual)
      }
    }
    case 'startsWith':
      return (record) => text(record)?.startsWith(value) ?? false
    case 'endsWith':
      return (record) => text(record)?.endsWith(value) ?? false
  }
  const expected = cast(value)
  switch (comparator) {
    case 'eq':
      return (record) => same(read(record), expected)
    case 'neq':
      return (record) => read(record) != null && !same(read(record), expected)
    case 'gt':
      return (record) => order(read(record), expected) > 0
    case 'gte':
      return (record) => order(read(record), expected) >= 0
    case 'lt':
      return (record) => order(read(record), expected) < 0
    case 'lte':
      return (record) => order(read(record), expected) <= 0
    default:
      throw badRequest(
        `'filter' invalid for '${node.path}[${comparator}]': this comparator takes an array, eg: ["a","b"]`,
      )
  }
}

const isPrimaryEmail = (object: ObjectDefinition, path: string) => {
  const [fieldName, subField] = path.split('.')
  return subField === 'primaryEmail' && object.fields[fieldName as string]?.type === 'EMAILS'
}

/**
 * The value of an `eq`, `neq` or `in` on an EMAILS field's `primaryEmail`, lower-cased as the address is stored, as
 * Twenty's filter arg processor does before querying
 * (common-args-processors/filter-arg-processor/utils/canonicalize-emails-filter-value.util.ts); other operators, and
 * `additionalEmails`, compare the value as sent.
 */
function lowerEmailValue(comparator: Comparator, value: string | string[]): string | string[] {
  if (comparator === 'in' && Array.isArray(value)) return value.map((email) => email.toLowerCase())
  if ((comparator === 'eq' || comparator === 'neq') && typeof value === 'string') return value.toLowerCase()
  return value
}

// Twenty's filter-arg processor (common-args-processors/filter-arg-processor/validator-utils/*,
// twentyhq/twenty@d1340b48): numbers go through parseFloat (so `20abc` reads 20), booleans are exactly `true`
// or `false`, and each refusal names the value as Node's inspect() prints it.
function castValue(value: string, kind: ValueKind, path: string, options: readonly string[]): unknown {
  switch (kind) {
    case 'select':
      if (!options.includes(value)) {
        throw badRequest(
          `'filter' enum value '${value}' not available in '${path}' enum. Available enum values are ['${options.join("', '")}']`,
        )
      }
      return value
    case 'number': {
      const number = Number.parseFloat(value)
      if (!Number.isFinite(number))
        throw badRequest(`Invalid number value ${inspect(number)} for field "${path}"`)
      return number
    }
    case 'boolean':
      if (value !== 'true' && value !== 'false')
        throw badRequest(`Invalid boolean value ${inspect(value)} for field "${path}"`)
      return value === 'true'
    case 'date':
      if (Number.isNaN(Date.parse(value))) {
        throw badRequest(
          `Invalid value ${inspect(value)} for date-time field "${path}". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`,
        )
      }
      return new Date(value).getTime()
    case 'uuid':
      if (!TWENTY_UUID.test(value))
        throw badRequest(`Invalid UUID value ${inspect(value)} for field "${path}"`)
      return value.toLowerCase()
    default:
      return value
  }
}

const NUMBER_OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is']
// Operators each field type accepts (filter-operators.constant.ts and get-operators-for-field-type.util.ts,
// twentyhq/twenty@d1340b48); an operator outside the list is refused before any value is read.
const OPERATORS_BY_TYPE: Record<string, readonly string[]> = {
  TEXT: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is', 'like', 'ilike', 'startsWith', 'endsWith'],
  NUMBER: NUMBER_OPERATORS,
  NUMERIC: NUMBER_OPERATORS,
  POSITION: NUMBER_OPERATORS,
  BOOLEAN: ['eq', 'is'],
  DATE_TIME: NUMBER_OPERATORS,
  DATE: NUMBER_OPERATORS,
  UUID: NUMBER_OPERATORS,
  RELATION: NUMBER_OPERATORS,
  SELECT: ['eq', 'neq', 'in', 'containsAny', 'is', 'isEmptyArray'],
  RAW_JSON: ['is', 'like'],
}

function checkOperator(comparator: Comparator, type: string, path: string): void {
  const allowed = OPERATORS_BY_TYPE[type]
  if (!allowed || allowed.includes(comparator)) return
  throw badRequest(
    `Operator "${comparator}" is not valid for field "${path}" of type ${type} - Allowed operators: ${allowed.join(', ')}`,
  )
}

// Dates are stored as ISO strings and compared as instants.
function normalise(actual: unknown, expected: unknown): unknown {
  if (typeof expected === 'number' && typeof actual === 'string') return Date.parse(actual)
  if (
    typeof actual === 'string' &&
    typeof expected === 'string' &&
    expected === expected.toLowerCase() &&
    UUID.test(actual)
  ) {
    return actual.toLowerCase()
  }
  return actual
}

function same(actual: unknown, expected: unknown): boolean {
  return actual != null && normalise(actual, expected) === expected
}

function order(actual: unknown, expected: unknown): number {
  if (actual == null) return Number.NaN
  const left = normalise(actual, expected) as number | string
  const right = expected as number | string
  return left < right ? -1 : left > right ? 1 : 0
}

/** Postgres LIKE: `%` any run, `_` one character, and a backslash (its default escape) makes the next literal. */
function likePattern(pattern: string, caseInsensitive: boolean): RegExp {
  const literal = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  let source = ''
  const chars = [...pattern]
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] as string
    if (char === '\\' && index + 1 < chars.length) source += literal(chars[++index] as string)
    else source += char === '%' ? '.*' : char === '_' ? '.' : literal(char)
  }
  return new RegExp(`^${source}$`, caseInsensitive ? 'is' : 's')
}
