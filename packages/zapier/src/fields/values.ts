import { TwentyValidationError } from 'twenty-sdk'
import { isTwentyMappingError } from 'twenty-sdk/mapping'

/**
 * Refuses one input field before anything is sent, in the SDK's own error shape, so the step reports it like
 * every other invalid input ("Nothing was sent to Twenty: Amount: Expected a number").
 */
export function invalidInput(path: string, message: string): TwentyValidationError {
  return new TwentyValidationError({
    message: `${path}: ${message}`,
    code: 'INVALID_INPUT',
    issues: [{ path, message }],
  })
}

/**
 * Refuses a step in which none of its optional fields was filled in (an update that would change nothing, a
 * search that would match everything), naming the fields to fill in: "… (Name, Stage or Company)".
 */
export function noneFilledIn(purpose: string, labels: readonly string[]): TwentyValidationError {
  const list = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : labels.join('')
  return new TwentyValidationError({
    message: `Fill in at least one field ${purpose} (${list})`,
    code: 'INVALID_INPUT',
  })
}

/**
 * What to throw when an SDK mapping helper (`toPhones`, `toMoney`, `toLinks`…) failed on a Zapier field: its
 * `TwentyMappingError` becomes {@link invalidInput} on `path`, and any other error is returned unchanged.
 *
 * The SDK's error would reach the user too, but under the SDK's own field name, which is not always the Zapier
 * field at fault (`toMoney` reports a bad currency as `currencyCode`; one phone error may be the Phone Country
 * field's), and with another code than every other input this app refuses. `path` is the SDK input path that
 * the step's labels turn into the Zapier field label; `message` replaces the SDK's when the app words it for
 * a Zap user.
 */
export function asInvalidInput(error: unknown, path: string, message?: string): unknown {
  return isTwentyMappingError(error) ? invalidInput(path, message ?? error.message) : error
}

/** A trimmed text, or `undefined` when the field was left empty (Zapier may send '' or nothing). */
export function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  const trimmed = String(value).trim()
  return trimmed === '' ? undefined : trimmed
}

/**
 * A whole number (a count such as Employees), or `undefined` when empty. Zapier hands numbers over as strings when
 * they were mapped. A comma is read only as a thousands separator ("1,200"); anything with decimals is refused
 * rather than rounded: "1.200" (1200 in much of Europe) would otherwise become 1, and "1,5" 15, without a word.
 */
export function wholeNumberValue(value: unknown, path: string): number | undefined {
  const raw = text(value)
  if (raw === undefined) return undefined
  const digits = raw.replace(/[\s_]/g, '')
  const grouped = /^[-+]?\d{1,3}(,\d{3})+$/.test(digits)
  const parsed = Number(grouped ? digits.replaceAll(',', '') : digits)
  if (!(grouped || /^[-+]?\d+(\.0*)?$/.test(digits)) || !Number.isSafeInteger(parsed)) {
    throw invalidInput(path, `Expected a whole number such as 1200, got "${raw}"`)
  }
  return parsed
}

/** A yes/no field: Zapier sends booleans, or "true"/"false"/"yes"/"no" strings when mapped. */
export function booleanValue(value: unknown, path: string): boolean | undefined {
  if (typeof value === 'boolean') return value
  const raw = text(value)?.toLowerCase()
  if (raw === undefined) return undefined
  if (['true', 'yes', '1'].includes(raw)) return true
  if (['false', 'no', '0'].includes(raw)) return false
  throw invalidInput(path, `Expected yes or no, got "${raw}"`)
}

/** Drops `undefined` entries, and objects left empty by that, so Twenty keeps its defaults for them. */
export function compact<T extends Record<string, unknown>>(input: T): Partial<T> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const inner = compact(value as Record<string, unknown>)
      if (Object.keys(inner).length > 0) result[key] = inner
    } else {
      result[key] = value
    }
  }
  return result as Partial<T>
}
