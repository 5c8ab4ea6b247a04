// How IML treats values: emptiness, truth, equality and text. Make documents strict equality and 1-based
// arrays; where its docs are silent (empty arrays, objects in text), the choice is written down here.

/** Empty for `ifempty` and for Make's empty-value handling: undefined, null, "" and []. */
export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
}

/** Conditions (`if`, `!`, `&&`, `valid`, `condition`): JavaScript truth, except that [] is false like "". */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0
  return Boolean(value)
}

/** IML equality is strict for `=`, `==` and `===` alike; dates compare by instant. */
export function imlEquals(left: unknown, right: unknown): boolean {
  if (left instanceof Date && right instanceof Date) return left.getTime() === right.getTime()
  return left === right
}

/** A value inside mixed text: empty for undefined and null, ISO for dates, `a, b` for arrays, JSON for objects. */
export function toText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(toText).join(', ')
  return JSON.stringify(value)
}

/** A plain object (a Make "collection"), not an array, date or null. */
export function isCollection(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

/** Reads `array[index]` with IML's 1-based indexes. */
export function itemAt(array: readonly unknown[], index: number): unknown {
  return Number.isInteger(index) && index >= 1 ? array[index - 1] : undefined
}
