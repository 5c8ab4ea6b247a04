import type { Parameter } from '../format/types.js'
import { isCollection } from '../iml/values.js'
import { MakeError } from './make-error.js'

/** The `erase` keyword: the user asks to clear a field (Make sends null, [] or {} by type). */
export const ERASE: unique symbol = Symbol('erase')
/** An empty string forced through IML (`emptystring`): Make sends "" instead of omitting the field. */
export const EMPTY_STRING: unique symbol = Symbol('emptystring')

/** What a user mapped: values, with `ERASE`/`EMPTY_STRING` where they used those keywords. */
export type MappedValue = unknown

const NUMBER_TYPES = new Set(['number', 'integer', 'uinteger'])

function erased(parameter: Parameter): unknown {
  if (parameter.type === 'array' || parameter.multiple) return []
  if (parameter.type === 'collection') return {}
  return null
}

function coerce(parameter: Parameter, value: unknown, path: string): unknown {
  if (NUMBER_TYPES.has(parameter.type) && typeof value === 'string') {
    const number = Number(value)
    if (value.trim() === '' || Number.isNaN(number))
      throw new MakeError('DataError', `Parameter '${path}' expects a number`)
    return number
  }
  if (parameter.type === 'uinteger' && typeof value === 'number' && (value < 0 || !Number.isInteger(value)))
    throw new MakeError('DataError', `Parameter '${path}' expects a whole number of 0 or more`)
  if (parameter.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  if (parameter.type === 'date' && value instanceof Date) return value.toISOString()
  // A text's `validate.pattern` (developers.make.com, parameter type "Text"): Make refuses a value that does not
  // match it before the module runs, so the request is never sent.
  const pattern = parameter.validate?.pattern
  if (pattern !== undefined && typeof value === 'string' && !new RegExp(pattern).test(value))
    throw new MakeError('DataError', `Parameter '${path}' does not match the pattern of the field`)
  return value
}

function prepareOne(parameter: Parameter, value: unknown, path: string): unknown {
  if (value === ERASE) return erased(parameter)
  if (value === EMPTY_STRING) return ''
  // Empty values of apps on platform version 2: an unfilled field is omitted, whatever its type.
  if (value === undefined || value === null || value === '') return undefined
  if (parameter.type === 'collection' && Array.isArray(parameter.spec)) {
    if (!isCollection(value)) throw new MakeError('DataError', `Parameter '${path}' expects a collection`)
    const inner = prepareParameters(parameter.spec, value, `${path}.`)
    return Object.keys(inner).length === 0 ? undefined : inner
  }
  if (parameter.type === 'array' || parameter.multiple) {
    const items = Array.isArray(value) ? value : [value]
    const spec = Array.isArray(parameter.spec)
      ? { name: 'item', type: 'collection' as const, spec: parameter.spec }
      : parameter.spec
    const prepared = items
      .map((item, index) => (spec ? prepareOne(spec, item, `${path}[${index + 1}]`) : item))
      .filter((item) => item !== undefined)
    return prepared.length === 0 ? undefined : prepared
  }
  return coerce(parameter, value, path)
}

/**
 * Turns what a user mapped into the module's `parameters`, as Make does before running a module: undeclared
 * keys are dropped, defaults fill unset fields, empty values (unset, null, "", [], {}) are omitted, `ERASE`
 * becomes null/[]/{} by type, `EMPTY_STRING` becomes "", and a required field without a value is a DataError.
 * So an unmapped field can never reach the API and erase data there.
 */
export function prepareParameters(
  spec: readonly Parameter[],
  mapped: Readonly<Record<string, MappedValue>>,
  prefix = '',
): Record<string, unknown> {
  const parameters: Record<string, unknown> = {}
  for (const parameter of spec) {
    const path = `${prefix}${parameter.name}`
    const given = mapped[parameter.name]
    const value = prepareOne(parameter, given === undefined ? parameter.default : given, path)
    if (value !== undefined) parameters[parameter.name] = value
    else if (parameter.required)
      throw new MakeError('DataError', `Missing value of required parameter '${path}'`)
  }
  return parameters
}
