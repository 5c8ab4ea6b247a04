import { ImlEvaluationError } from '../iml-error.js'
import { imlEquals, toText } from '../values.js'
import { getPath } from './general.js'
import type { FunctionGroup } from './registry.js'

function array(name: string, value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw new ImlEvaluationError(`${name}() expects an array`)
  return value
}

/** Array functions (help.make.com "Array functions"); positions are 1-based. */
export const arrayFunctions: FunctionGroup = {
  join: ([value, separator]) => array('join', value).map(toText).join(toText(separator)),
  first: ([value]) => array('first', value)[0],
  last: ([value]) => array('last', value).at(-1),
  /** `slice(array, start, [end])`: 0-based like JavaScript's, as Make documents it. */
  slice: ([value, start, end]) =>
    array('slice', value).slice(Number(start), end === undefined ? undefined : Number(end)),
  /** The values of one key (a dotted path) of every item. */
  map: ([value, key]) => array('map', value).map((item) => getPath(item, key)),
  distinct: ([value]) =>
    array('distinct', value).filter(
      (item, index, all) => all.findIndex((other) => imlEquals(other, item)) === index,
    ),
  flatten: ([value]) => array('flatten', value).flat(),
  add: ([value, ...items]) => [...array('add', value), ...items],
  remove: ([value, ...items]) =>
    array('remove', value).filter((item) => !items.some((other) => imlEquals(other, item))),
}
