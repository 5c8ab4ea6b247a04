import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'
import { asStoredEmail } from './email-filter-values.js'
import type { FilterInput, OrderByInput, OrderDirection } from './filter-types.js'
import { leavesStateOn, splitAsTwenty, unquotedAsTwenty } from './twenty-filter-reading.js'

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
// Twenty's ROOT_FILTER_CONJUNCTION_REGEX: a filter it matches is read as that one group, not wrapped in and(…).
const ROOT_GROUP = /^(or|and|not)\((.+)\)$/
// JavaScript's `.` matches none of these, so Twenty's filter patterns cannot match a filter holding one.
const LINE_BREAK = /[\n\r\u2028\u2029]/
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
 * Twenty's parser has no escapes (see `twenty-filter-reading.ts`): a value with an unpaired quote or square
 * bracket, such as `O'Brien`, stops the commas after it from splitting. So the compiler reads back every group
 * it writes as Twenty's parser would, moves the one condition holding such a value to the end of its group, where
 * no comma follows it, and refuses with a {@link TwentyValidationError} what no order or quoting lets Twenty read
 * as meant (two such values in one filter, unbalanced parentheses, a comma inside an `in` item), instead of
 * sending a filter that would match the wrong records.
 *
 * The value of an `eq`, `neq` or `in` on an EMAILS field's `primaryEmail` is sent lower-cased, as Twenty stores
 * addresses, so that it finds the same records on every Twenty version (see `email-filter-values.ts`).
 */
export function compileFilter<T = never>(filter: FilterInput<T> | Record<string, unknown>): string {
  if (typeof filter === 'string') return filter
  const parts = ordered('and', compileConditions(filter as Record<string, unknown>, ''))
  const text = parts.map((part) => part.text).join(',')
  // Twenty ANDs the parts only when the root is not one group: `or(…),not(…)` would be read as a single or(…)
  // with the not(…) glued onto its last condition, so such a filter is sent wrapped.
  return parts.length > 1 && ROOT_GROUP.test(text) ? `and(${text})` : text
}

/** A compiled condition or group, the field paths it names, and whether it leaves Twenty's parser state on. */
interface Compiled {
  text: string
  paths: string[]
  stateOn: boolean
}

const compiled = (text: string, paths: string[]): Compiled => ({ text, paths, stateOn: leavesStateOn(text) })

function compileConditions(filter: Record<string, unknown>, prefix: string): Compiled[] {
  // A Date (or a Map, a RegExp) has no own fields to read, so it would compile to no condition at all and the
  // filter would silently match more records: `{ createdAt: new Date() }` means `{ createdAt: { eq: … } }`.
  if (!isPlainObject(filter)) {
    throw invalid(prefix || 'filter', 'Expected an object of fields and comparators, such as { eq: … }')
  }
  const parts: Compiled[] = []
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue
    if (!prefix && CONJUNCTIONS.has(key)) {
      parts.push(compileConjunction(key, value))
    } else if (COMPARATORS.has(key) && prefix) {
      parts.push(compileCondition(prefix, key, value))
    } else {
      parts.push(...compileConditions(value as Record<string, unknown>, prefix ? `${prefix}.${key}` : key))
    }
  }
  return parts
}

// By tag rather than prototype, so that objects from another realm (an iframe, a vm context) still count.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]'
}

function compileConjunction(kind: string, value: unknown): Compiled {
  if (kind === 'not') return wrap('not', [group(value as Record<string, unknown>)])
  if (!Array.isArray(value) || value.length === 0)
    throw invalid(kind, `Expected a non-empty array of filters`)
  return wrap(
    kind,
    value.map((item) => group(item as Record<string, unknown>)),
  )
}

// One filter object inside a conjunction: a single condition stands alone, several are wrapped in and(…).
function group(filter: Record<string, unknown>): Compiled {
  const parts = compileConditions(filter, '')
  if (parts.length === 0) throw invalid('filter', 'An empty filter object cannot be combined')
  return parts.length === 1 ? (parts[0] as Compiled) : wrap('and', parts)
}

function wrap(kind: string, parts: Compiled[]): Compiled {
  const inOrder = ordered(kind, parts)
  return compiled(
    `${kind}(${inOrder.map((part) => part.text).join(',')})`,
    inOrder.flatMap((part) => part.paths),
  )
}

/**
 * The parts of a group, the one that leaves Twenty's parser state on moved last, checked to split back exactly
 * as written; AND and OR do not depend on the order of their parts.
 */
function ordered(kind: string, parts: Compiled[]): Compiled[] {
  if (parts.length === 0) return parts
  const inOrder = [...parts.filter((part) => !part.stateOn), ...parts.filter((part) => part.stateOn)]
  const texts = inOrder.map((part) => part.text)
  const read = splitAsTwenty(`${kind}(${texts.join(',')})`)
  if (read.length === texts.length && read.every((text, index) => text === texts[index])) return inOrder
  const culprits = parts.filter((part) => part.stateOn).flatMap((part) => part.paths)
  throw invalid(
    culprits.join(', ') || 'filter',
    `Twenty's filter parser has no escapes, and a value with an unpaired ' or " or square bracket makes it ` +
      'misread every condition after it; only one such value fits in a filter, as its last condition. ' +
      'In like or ilike, "_" matches any one character and can stand in for the quote',
  )
}

// One condition; a text value is quoted so that Twenty reads it whole, in double quotes unless only single quotes
// let the condition stand alone.
function compileCondition(path: string, comparator: string, value: unknown): Compiled {
  const candidates = formatValue(comparator, asStoredEmail(path, comparator, value), path).map((text) =>
    compiled(`${path}[${comparator}]:${text}`, [path]),
  )
  const readable = candidates.filter((candidate) => {
    const read = splitAsTwenty(`and(${candidate.text})`)
    return read.length === 1 && read[0] === candidate.text
  })
  const best = readable.find((candidate) => !candidate.stateOn) ?? readable[0]
  if (best) return best
  throw invalid(path, `Twenty's filter parser cannot read this value whole: it would split it at a comma`)
}

/** The ways to write a value, best first: a text can be quoted with " or with '. */
function formatValue(comparator: string, value: unknown, path: string): string[] {
  if (comparator === 'is') {
    if (value !== 'NULL' && value !== 'NOT_NULL') throw invalid(path, `'is' takes 'NULL' or 'NOT_NULL'`)
    return [value]
  }
  if (comparator === 'in' || comparator === 'containsAny' || comparator === 'containsExactly') {
    if (!Array.isArray(value)) throw invalid(path, `'${comparator}' takes an array`)
    // Twenty splits `[]` into one empty-string item, so an empty list would match empty fields, not nothing.
    if (value.length === 0) throw invalid(path, `'${comparator}' takes a non-empty array`)
    const items = value.map((item) => formatListItem(item, path))
    // The list is a set to Twenty, so an item with an unpaired bracket or quote goes last, where no comma follows.
    const inOrder = [...items.filter((item) => !leavesStateOn(item)), ...items.filter(leavesStateOn)]
    return [`[${inOrder.join(',')}]`]
  }
  if (typeof value === 'string') return quotings(value, path)
  return [formatScalar(value, path)]
}

// Twenty splits a list at every comma, quoted or not, and takes one pair of quotes off each item.
function formatListItem(item: unknown, path: string): string {
  if (typeof item !== 'string') return formatScalar(item, path)
  if (item.includes(','))
    throw invalid(path, `Twenty splits a list at every comma, so an item cannot contain one`)
  const candidates = quotings(item, path)
  return candidates.find((text) => !leavesStateOn(text)) ?? (candidates[0] as string)
}

function formatScalar(value: unknown, path: string): string {
  if (value === null || value === undefined) {
    throw invalid(path, `Use { is: 'NULL' } to match empty values`)
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(path, 'Numbers must be finite')
    return String(value)
  }
  // A bigint (amounts in micros beyond 2^53) is written in full; Twenty reads the digits.
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalid(path, 'Invalid date')
    return `"${value.toISOString()}"`
  }
  throw invalid(path, `Unsupported value of type ${typeof value}`)
}

// Twenty takes one pair of quotes of either kind off a value, so both quotings read back as the text; which one
// lets the condition stand alone depends on the quotes inside it. Parentheses are counted even inside quotes.
function quotings(value: string, path: string): string[] {
  if (!parenthesesNest(value))
    throw invalid(path, `Twenty's filter parser cannot read unbalanced parentheses`)
  if (LINE_BREAK.test(value)) throw invalid(path, `Twenty's filter parser cannot read a line break`)
  const wrappers = value.includes('"') && !value.includes("'") ? ["'", '"'] : ['"', "'"]
  return wrappers
    .map((quote) => `${quote}${value}${quote}`)
    .filter((text) => unquotedAsTwenty(text) === value)
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
  // An undefined direction is left out, as an undefined comparator is in a filter: `{ [key]: maybeDirection }`.
  const entries = (Array.isArray(orderBy) ? orderBy : [orderBy])
    .flatMap((item) => Object.entries(item ?? {}))
    .filter(([, direction]) => direction !== undefined)
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
    code: 'INVALID_FILTER' satisfies TwentySdkErrorCode,
    issues: [{ path, message }],
  })
}
