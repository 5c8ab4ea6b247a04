import { badRequest } from '../server/http-error.js'

export const COMPARATORS = [
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
] as const
export type Comparator = (typeof COMPARATORS)[number]

export type FilterNode =
  | { kind: 'and' | 'or'; children: FilterNode[] }
  | { kind: 'not'; child: FilterNode }
  | { kind: 'condition'; path: string; comparator: Comparator; value: string | string[] }

// Twenty's ROOT_FILTER_CONJUNCTION_REGEX: a group is a conjunction only when it spans the whole text.
const CONJUNCTION = /^(or|and|not)\((.+)\)$/

/**
 * Parses `filter` exactly as Twenty's REST parser does (rest/input-request-parsers/filter-parser-utils/*,
 * twentyhq/twenty@d1340b48): parentheses must balance; the root is wrapped in `and(…)` unless a conjunction
 * spans it; a group splits at commas outside quotes and brackets, where `"`, `'`, `[` and `]` each toggle on
 * their own and nothing is trimmed (so `a[eq]:1, b[eq]:2` names the field ` b`); a leaf is `field[cmp]:value`.
 */
export function parseFilter(filter: string): FilterNode {
  checkParentheses(filter)
  return parseGroup(CONJUNCTION.test(filter) ? filter : `and(${filter})`)
}

// check-filter-query.util.ts: only parentheses are counted (in quotes too), with Twenty's wording.
function checkParentheses(filter: string): void {
  const diff = (filter.match(/\(/g) ?? []).length - (filter.match(/\)/g) ?? []).length
  if (diff === 0) return
  const count = Math.abs(diff)
  const hint = `${count} ${diff > 0 ? 'close' : 'open'} bracket${count > 1 ? 's are' : ' is'}`
  throw badRequest(`'filter' invalid. ${hint} missing in the query`)
}

function parseGroup(text: string): FilterNode {
  const match = CONJUNCTION.exec(text)
  if (!match) return parseCondition(text)
  const kind = match[1] as 'and' | 'or' | 'not'
  const parts = splitContent(text)
  if (kind === 'not') {
    if (parts.length > 1) {
      throw badRequest(
        `'filter' invalid. 'not' conjunction should contain only 1 condition. eg: not(field[eq]:1)`,
      )
    }
    return { kind: 'not', child: parseGroup(parts[0] as string) }
  }
  return { kind, children: parts.map(parseGroup) }
}

/** Twenty's `parseFilterContent`: the predicates of `conj(…)`, split at its own depth, untrimmed. */
function splitContent(text: string): string[] {
  let inBrackets = false
  let inDouble = false
  let inSingle = false
  let depth = 0
  const parts: string[] = []
  let current = ''
  for (const char of text) {
    let keep = depth >= 1
    if (char === '(') depth++
    if (char === ')') {
      depth--
      keep = depth >= 1
    }
    if (char === '[' || char === ']') inBrackets = !inBrackets
    if (char === '"') inDouble = !inDouble
    if (char === "'") inSingle = !inSingle
    if (char === ',' && depth === 1 && !inBrackets && !inDouble && !inSingle) {
      parts.push(current)
      current = ''
      keep = false
    }
    if (keep) current += char
  }
  parts.push(current)
  return parts
}

/** Twenty's `parseBaseFilter`: the field runs to the first `[`, the comparator to the next `]`, the value after `:`. */
function parseCondition(text: string): FilterNode {
  if (!/^(.+)\[(.+)\]:(.+)$/.test(text)) throw badRequest(`'filter' invalid for '${text}'. eg: price[gte]:10`)
  let path = ''
  let comparator = ''
  let raw = ''
  let inPath = true
  let inComparator = false
  let inValue = false
  for (const char of text) {
    if (inValue) raw += char
    if (char === ']' && !inValue) inComparator = false
    if (char === ':' && !inComparator) inValue = true
    if (inComparator) comparator += char
    if (char === '[' && inPath) {
      inPath = false
      inComparator = true
    }
    if (inPath) path += char
  }
  if (!(COMPARATORS as readonly string[]).includes(comparator)) {
    throw badRequest(
      `'filter' invalid for '${text}', comparator ${comparator} not in ${COMPARATORS.join(', ')}`,
    )
  }
  return {
    kind: 'condition',
    path,
    comparator: comparator as Comparator,
    value: formatValue(raw, comparator),
  }
}

/**
 * Twenty's `formatFieldValue`: an `in`/`containsAny` array is split at every comma (quotes do not protect one,
 * and nothing is trimmed), each item unquoted alone; `is` keeps its value as sent; anything else loses one pair
 * of enclosing quotes, `"` or `'` at either end.
 */
function formatValue(raw: string, comparator: string): string | string[] {
  if (comparator === 'in' || comparator === 'containsAny' || comparator === 'containsExactly') {
    if (raw[0] !== '[' || raw[raw.length - 1] !== ']') {
      throw badRequest(
        `'filter' invalid for '${comparator}' operator. Received '${raw}' but array value expected eg: 'field[${comparator}]:[value_1,value_2]'`,
      )
    }
    return raw
      .slice(1, -1)
      .split(',')
      .map((item) => unquote(item))
  }
  return comparator === 'is' ? raw : unquote(raw)
}

function unquote(value: string): string {
  const quotes = ['"', "'"]
  if (quotes.includes(value[0] as string) && quotes.includes(value.charAt(value.length - 1)))
    return value.substring(1, value.length - 1)
  return value
}
