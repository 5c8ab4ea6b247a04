import { ImlEvaluationError } from '../iml-error.js'
import { isCollection, isEmpty, isTruthy, itemAt, toText } from '../values.js'
import type { FunctionGroup } from './registry.js'

/** Reads a dotted path (`a.b`, or a 1-based index for arrays) from an object or array. */
export function getPath(value: unknown, path: unknown): unknown {
  const parts = typeof path === 'number' ? [path] : toText(path).split('.')
  let current = value
  for (const part of parts) {
    if (Array.isArray(current)) current = itemAt(current, Number(part))
    else if (isCollection(current)) current = current[String(part)]
    else return undefined
  }
  return current
}

function collection(name: string, value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (!isCollection(value)) throw new ImlEvaluationError(`${name}() expects a collection`)
  return value
}

/** Conditions and object handling (help.make.com "General functions"). */
export const generalFunctions: FunctionGroup = {
  if: ([condition, whenTrue, whenFalse]) => (isTruthy(condition) ? whenTrue : whenFalse),
  ifempty: ([value, fallback]) => (isEmpty(value) ? fallback : value),
  get: ([value, path]) => getPath(value, path),
  omit: ([value, ...keys]) => {
    const source = collection('omit', value)
    const drop = new Set(keys.map(toText))
    return Object.fromEntries(Object.entries(source).filter(([key]) => !drop.has(key)))
  },
  pick: ([value, ...keys]) => {
    const source = collection('pick', value)
    const keep = new Set(keys.map(toText))
    return Object.fromEntries(Object.entries(source).filter(([key]) => keep.has(key)))
  },
  keys: ([value]) => Object.keys(collection('keys', value)),
  /** `[{key, value}]` from a collection. */
  toArray: ([value]) =>
    Object.entries(collection('toArray', value)).map(([key, item]) => ({ key, value: item })),
  /** A collection from an array of objects, taking each key and value from the named fields. */
  toCollection: ([array, keyField, valueField]) => {
    if (array === undefined || array === null) return {}
    if (!Array.isArray(array)) throw new ImlEvaluationError('toCollection() expects an array')
    const keyName = toText(keyField)
    const valueName = toText(valueField)
    return Object.fromEntries(
      array.filter(isCollection).map((entry) => [toText(entry[keyName]), entry[valueName]] as const),
    )
  },
  // Annotated: `toString` would otherwise take its type from Object.prototype.
  toString: ([value]: unknown[]) => toText(value),
  length: ([value]) => {
    if (typeof value === 'string' || Array.isArray(value)) return value.length
    if (value === undefined || value === null) return 0
    throw new ImlEvaluationError('length() expects text or an array')
  },
  contains: ([haystack, needle]) => {
    if (Array.isArray(haystack)) return haystack.includes(needle)
    if (typeof haystack === 'string') return haystack.includes(toText(needle))
    return false
  },
}
