import { badRequest } from '../server/http-error.js'
import { type ObjectDefinition, readPath } from '../store/objects.js'
import { optionsOf, type SelectOptions } from '../store/select-options.js'
import { checkUuid, UUID } from '../store/validate.js'
import { resolvePath, type ValueKind } from './field-paths.js'
import type { FilterNode } from './parse-filter.js'

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
  // A select column is a Postgres enum: Twenty refuses a value the workspace does not have (check-filter-enum-values).
  const options = kind === 'select' ? (optionsOf(selectOptions, object, node.path) ?? []) : []
  const cast = (value: string) => castValue(value, kind, node.path, options)
  const read = (record: Record<string, unknown>) => readPath(record, node.path)
  const { comparator, value } = node
  if (comparator === 'is') {
    if (value !== 'NULL' && value !== 'NOT_NULL') {
      throw badRequest(
        `'filter' invalid for '${node.path}[is]:${String(value)}'. 'is' takes NULL or NOT_NULL`,
      )
    }
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
  // These four compare the column cast to text with the value as sent (`%` and `_` are the client's to add).
  const text = (record: Record<string, unknown>) => {
    const actual = read(record)
    return actual == null || typeof actual === 'object' ? undefined : String(actual)
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
      const number = Number(value)
      if (value.trim() === '' || Number.isNaN(number))
        throw badRequest(`invalid input syntax for type numeric: "${value}" (${path})`)
      return number
    }
    case 'boolean':
      if (value !== 'true' && value !== 'false')
        throw badRequest(`invalid input syntax for type boolean: "${value}" (${path})`)
      return value === 'true'
    case 'date':
      if (Number.isNaN(Date.parse(value)))
        throw badRequest(`invalid input syntax for type timestamp with time zone: "${value}" (${path})`)
      return new Date(value).getTime()
    case 'uuid':
      return checkUuid(value).toLowerCase()
    default:
      return value
  }
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

/** SQL LIKE: `%` any run, `_` one character, everything else literal. */
function likePattern(pattern: string, caseInsensitive: boolean): RegExp {
  const source = [...pattern]
    .map((char) => (char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`, caseInsensitive ? 'is' : 's')
}
