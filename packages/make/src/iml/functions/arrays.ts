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
  /**
   * `map(array, key, [filterKey], [values])`: the values of one key (a dotted path) of every item, or, as Make
   * documents it, of the items whose `filterKey` has one of the comma-separated `values`.
   */
  map: ([value, key, filterKey, values]) => {
    const items = array('map', value)
    const wanted = filterKey === undefined || filterKey === null ? undefined : toText(values).split(',')
    return items
      .filter((item) => wanted === undefined || wanted.includes(toText(getPath(item, filterKey))))
      .map((item) => getPath(item, key))
  },
  /** `distinct(array, [key])`: the first of each item, compared whole or by one key (a dotted path). */
  distinct: ([value, key]) => {
    const identity = (item: unknown) => (key === undefined || key === null ? item : getPath(item, key))
    return array('distinct', value).filter(
      (item, index, all) => all.findIndex((other) => imlEquals(identity(other), identity(item))) === index,
    )
  },
  flatten: ([value]) => array('flatten', value).flat(),
  add: ([value, ...items]) => [...array('add', value), ...items],
  remove: ([value, ...items]) =>
    array('remove', value).filter((item) => !items.some((other) => imlEquals(other, item))),
}
