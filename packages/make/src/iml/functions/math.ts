import { ImlEvaluationError } from '../iml-error.js'
import type { FunctionGroup } from './registry.js'

/** A number from a number or numeric text; anything else is an error, not NaN. */
export function toNumber(name: string, value: unknown): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  if (typeof number !== 'number' || Number.isNaN(number))
    throw new ImlEvaluationError(`${name}() expects numbers`)
  return number
}

const numbers = (name: string, values: unknown[]) =>
  values
    .flat()
    .filter((value) => value !== undefined && value !== null)
    .map((value) => toNumber(name, value))

/** Math functions (help.make.com "Math functions"); empty arguments are skipped as Make does. */
export const mathFunctions: FunctionGroup = {
  min: (args) => {
    const values = numbers('min', args)
    return values.length ? Math.min(...values) : undefined
  },
  max: (args) => {
    const values = numbers('max', args)
    return values.length ? Math.max(...values) : undefined
  },
  round: ([value]) => Math.round(toNumber('round', value)),
  floor: ([value]) => Math.floor(toNumber('floor', value)),
  ceil: ([value]) => Math.ceil(toNumber('ceil', value)),
  abs: ([value]) => Math.abs(toNumber('abs', value)),
  parseNumber: ([value]) => toNumber('parseNumber', value),
}
