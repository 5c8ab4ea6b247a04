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

const CONJUNCTION = /^(and|or|not)\(([\s\S]*)\)$/

/**
 * Parses `filter` the way Twenty's REST parser does: the root is wrapped in `and(…)` unless it already starts
 * with a conjunction; a group splits at commas outside quotes and outside parentheses and brackets (which are
 * counted even inside quotes, and quotes toggle on `"` and `'` with no escapes); a leaf is `field[cmp]:value`.
 */
export function parseFilter(filter: string): FilterNode {
  const trimmed = filter.trim()
  checkBrackets(trimmed)
  const rooted = /^(and|or|not)\(/.test(trimmed) ? trimmed : `and(${trimmed})`
  return parseGroup(rooted)
}

function checkBrackets(filter: string): void {
  const count = (char: string) => filter.split(char).length - 1
  if (count('(') !== count(')')) {
    throw badRequest(
      `'filter' invalid. ${count('(')} open bracket(s) and ${count(')')} close bracket(s) found`,
    )
  }
  if (count('[') !== count(']')) {
    throw badRequest(
      `'filter' invalid. ${count('[')} open square bracket(s) and ${count(']')} close square bracket(s) found`,
    )
  }
}

function parseGroup(text: string): FilterNode {
  const match = CONJUNCTION.exec(text)
  if (!match) return parseCondition(text)
  const [, kind, inner] = match as unknown as [string, 'and' | 'or' | 'not', string]
  const parts = splitTopLevel(inner)
  if (parts.length === 0 || parts.some((part) => part === ''))
    throw badRequest(`'filter' invalid for '${text}': empty condition`)
  if (kind === 'not') {
    if (parts.length !== 1)
      throw badRequest(`'filter' invalid. 'not' conjunction should contain only 1 condition`)
    return { kind: 'not', child: parseGroup(parts[0] as string) }
  }
  return { kind, children: parts.map(parseGroup) }
}

/** Splits at depth-0 commas, the way Twenty's `parseFilterContent` walks the string. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quote: string | null = null
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (char === '"' || char === "'") {
      if (quote === null) quote = char
      else if (quote === char) quote = null
    }
    if (char === '(' || char === '[') depth++
    if (char === ')' || char === ']') depth--
    if (char === ',' && depth === 0 && quote === null) {
      parts.push(text.slice(start, i).trim())
      start = i + 1
    }
  }
  parts.push(text.slice(start).trim())
  return parts
}

function parseCondition(text: string): FilterNode {
  const colon = text.indexOf(':')
  const head = colon === -1 ? text : text.slice(0, colon)
  const match = /^([A-Za-z_][\w.]*)\[(\w+)\]$/.exec(head)
  if (colon === -1 || !match) {
    throw badRequest(`'filter' invalid for '${text}'. eg: price[gte]:10`)
  }
  const [, path, comparator] = match as unknown as [string, string, string]
  if (!(COMPARATORS as readonly string[]).includes(comparator)) {
    throw badRequest(
      `'filter' invalid for '${text}', comparator ${comparator} not in ${COMPARATORS.join(',')}`,
    )
  }
  const raw = text.slice(colon + 1).trim()
  const value =
    comparator === 'in' || comparator === 'containsAny' || comparator === 'containsExactly'
      ? parseArray(raw, text)
      : unquote(raw)
  return { kind: 'condition', path, comparator: comparator as Comparator, value }
}

function parseArray(raw: string, text: string): string[] {
  if (!raw.startsWith('[') || !raw.endsWith(']')) {
    throw badRequest(`'filter' invalid for '${text}'. Value should be an array, eg: id[in]:["a","b"]`)
  }
  const inner = raw.slice(1, -1).trim()
  return inner === '' ? [] : splitTopLevel(inner).map(unquote)
}

function unquote(value: string): string {
  const first = value[0]
  if ((first === '"' || first === "'") && value.endsWith(first) && value.length >= 2)
    return value.slice(1, -1)
  return value
}
