import { TwentyValidationError } from '../errors/twenty-validation-error.js'
import type { FilterInput, OrderByInput, OrderDirection } from './filter-types.js'

const COMPARATORS = new Set([
  'eq',
  'neq',
  'in',
  'containsAny',
  'containsExactly',
  'is',
  'gt',
  'gte',
  'lt',
  'lte',
  'startsWith',
  'endsWith',
  'like',
  'ilike',
])
const CONJUNCTIONS = new Set(['and', 'or', 'not'])
const DIRECTIONS = new Set<OrderDirection>([
  'AscNullsFirst',
  'AscNullsLast',
  'DescNullsFirst',
  'DescNullsLast',
])

/**
 * Compiles a filter to Twenty's REST syntax: `field[op]:value`, comma-separated (ANDed), with `and(…)`, `or(…)`
 * and `not(…)`. A string passes through untouched.
 *
 * Twenty's parser toggles quote state on `"` and `'` without escapes and counts parentheses and brackets even
 * inside quotes, so a value it cannot represent (both quote kinds, unbalanced parentheses or brackets) is
 * refused here with a {@link TwentyValidationError} instead of silently matching the wrong records.
 */
export function compileFilter<T = never>(filter: FilterInput<T> | Record<string, unknown>): string {
  if (typeof filter === 'string') return filter
  const parts = compileConditions(filter as Record<string, unknown>, '')
  return parts.join(',')
}

function compileConditions(filter: Record<string, unknown>, prefix: string): string[] {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) {
    throw invalid(prefix || 'filter', 'Expected an object of fields and comparators')
  }
  const parts: string[] = []
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue
    if (!prefix && CONJUNCTIONS.has(key)) {
      parts.push(compileConjunction(key, value))
    } else if (COMPARATORS.has(key) && prefix) {
      parts.push(`${prefix}[${key}]:${formatValue(key, value, prefix)}`)
    } else {
      parts.push(...compileConditions(value as Record<string, unknown>, prefix ? `${prefix}.${key}` : key))
    }
  }
  return parts
}

function compileConjunction(kind: string, value: unknown): string {
  if (kind === 'not') {
    return `not(${group(value as Record<string, unknown>)})`
  }
  if (!Array.isArray(value) || value.length === 0)
    throw invalid(kind, `Expected a non-empty array of filters`)
  return `${kind}(${value.map((item) => group(item as Record<string, unknown>)).join(',')})`
}

// One filter object inside a conjunction: a single condition stands alone, several are wrapped in and(…).
function group(filter: Record<string, unknown>): string {
  const parts = compileConditions(filter, '')
  if (parts.length === 0) throw invalid('filter', 'An empty filter object cannot be combined')
  return parts.length === 1 ? (parts[0] as string) : `and(${parts.join(',')})`
}

function formatValue(comparator: string, value: unknown, path: string): string {
  if (comparator === 'is') {
    if (value !== 'NULL' && value !== 'NOT_NULL') throw invalid(path, `'is' takes 'NULL' or 'NOT_NULL'`)
    return value
  }
  if (comparator === 'in' || comparator === 'containsAny' || comparator === 'containsExactly') {
    if (!Array.isArray(value)) throw invalid(path, `'${comparator}' takes an array`)
    return `[${value.map((item) => formatScalar(item, path)).join(',')}]`
  }
  return formatScalar(value, path)
}

function formatScalar(value: unknown, path: string): string {
  if (value === null || value === undefined) {
    throw invalid(path, `Use { is: 'NULL' } to match empty values`)
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(path, 'Numbers must be finite')
    return String(value)
  }
  if (typeof value === 'boolean') return String(value)
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalid(path, 'Invalid date')
    return `"${value.toISOString()}"`
  }
  if (typeof value !== 'string') throw invalid(path, `Unsupported value of type ${typeof value}`)
  return quote(value, path)
}

function quote(value: string, path: string): string {
  if (!parenthesesNest(value))
    throw invalid(path, `Twenty's filter parser cannot read unbalanced parentheses`)
  if ((value.match(/[[\]]/g)?.length ?? 0) % 2 !== 0) {
    throw invalid(path, `Twenty's filter parser cannot read an unbalanced square bracket`)
  }
  if (!value.includes('"')) return `"${value}"`
  if (!value.includes("'")) return `'${value}'`
  throw invalid(path, `Twenty's filter syntax cannot quote a value containing both ' and "`)
}

function parenthesesNest(value: string): boolean {
  let depth = 0
  for (const char of value) {
    if (char === '(') depth++
    if (char === ')' && --depth < 0) return false
  }
  return depth === 0
}

/** Compiles a sort order to Twenty's `order_by` syntax, e.g. `createdAt[DescNullsLast],name.firstName[AscNullsFirst]`. */
export function compileOrderBy<T = never>(orderBy: OrderByInput<T> | Record<string, string>): string {
  if (typeof orderBy === 'string') return orderBy
  const entries = (Array.isArray(orderBy) ? orderBy : [orderBy]).flatMap((item) => Object.entries(item ?? {}))
  return entries
    .map(([field, direction]) => {
      if (!DIRECTIONS.has(direction as OrderDirection)) {
        throw invalid(`orderBy.${field}`, `Expected one of ${[...DIRECTIONS].join(', ')}`)
      }
      return `${field}[${direction}]`
    })
    .join(',')
}

function invalid(path: string, message: string): TwentyValidationError {
  return new TwentyValidationError({
    message: `filter ${path}: ${message}`,
    code: 'INVALID_FILTER',
    issues: [{ path, message }],
  })
}
