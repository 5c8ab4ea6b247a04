import { fromMicros, isTwentyMappingError, type MoneyValue, toMoney as sdkToMoney } from 'twenty-sdk/mapping'
import type { PlainInputField } from 'zapier-platform-core'
import { asInvalidInput, text } from './values.js'

/**
 * Turns an amount as people write it (2500.50, "1,250,000.75") and a currency into Twenty's CURRENCY value with
 * the SDK's `toMoney`, which stores millionths of a unit (`amountMicros`) without floating-point error.
 * `path` is the SDK input path of the amount (`amount`, `annualRecurringRevenue`); a bad currency is reported on
 * `<path>.currencyCode`, the Currency field of the step.
 */
export function toMoney(amount: unknown, currency: unknown, path: string): MoneyValue | undefined {
  // Zapier sends '' (or nothing) for a field left empty, which means "no amount"; mapped numbers may be numbers.
  const value = typeof amount === 'number' ? amount : text(amount)
  if (value === undefined) return undefined
  try {
    // - 'USD' when the Currency field is empty: its default, which Zapier fills in only when the step is set up.
    // - Rounding to micros: a Zap often computes amounts (a Formatter division gives 33.333333333333336), and a
    //   Zap user cannot round before this step. The SDK refuses extra decimals unless told how to round; a
    //   millionth of a unit is far below any currency's smallest coin, so rounding there changes nothing seen.
    return sdkToMoney(value, text(currency) ?? 'USD', { field: path, rounding: 'halfExpand' })
  } catch (error) {
    if (!isTwentyMappingError(error)) throw error
    // `toMoney` reports a bad currency on its own field name; the step's label for it is `<path>.currencyCode`.
    if (error.field === 'currencyCode') throw asInvalidInput(error, `${path}.currencyCode`)
    throw asInvalidInput(error, path, forZapUsers(error.message))
  }
}

// The SDK's hints for an amount written with a decimal comma, or one it cannot tell ("2.500"), name its own
// option (`set decimalSeparator: …`), which a Zap user cannot set: this app reads amounts with a decimal point,
// so say how to write the amount.
function forZapUsers(message: string): string {
  return message
    .replace(
      /; if "," is the decimal separator, set decimalSeparator: ","$/,
      '; write the amount with a point before the decimals, such as 1234.56',
    )
    .replace(
      /; set decimalSeparator: "," if it groups thousands, or "\." if it marks decimals$/,
      '; write the amount without thousands separators, with a point before the decimals, such as 2500 or 2.5',
    )
}

/**
 * For an update step: the inputs with the record's own currency filled in when an amount comes without one, so a
 * deal in EUR stays in EUR rather than becoming USD (the Create steps' default). `currentValue` reads the record's
 * CURRENCY value, only when needed; a record without a currency yet keeps the USD default.
 */
export async function withCurrentCurrency(
  inputData: Record<string, unknown>,
  keys: { amount: string; currency: string },
  currentValue: () => Promise<unknown>,
): Promise<Record<string, unknown>> {
  const amount = inputData[keys.amount]
  const hasAmount = typeof amount === 'number' || text(amount) !== undefined
  if (!hasAmount || text(inputData[keys.currency]) !== undefined) return inputData
  const current = (await currentValue()) as { currencyCode?: unknown } | null | undefined
  const code = text(current?.currencyCode)
  return code === undefined ? inputData : { ...inputData, [keys.currency]: code }
}

/**
 * The Currency field of an update step: no USD default (Zapier would pre-fill it, and an amount sent in USD turns
 * a EUR record into USD); left empty, it keeps the record's currency ({@link withCurrentCurrency}).
 */
export function keepingCurrency(noun: string) {
  return (field: PlainInputField): PlainInputField => {
    if (field.key !== 'currency') return field
    const { default: _default, ...rest } = field
    return { ...rest, helpText: `${rest.helpText} Leave empty to keep the ${noun}'s currency.` }
  }
}

/** The amount in units (2500.5) from a CURRENCY value, for outputs; `null` when there is none. */
export function amountOf(value: unknown): number | null {
  const micros = (value as { amountMicros?: unknown } | null | undefined)?.amountMicros
  if (typeof micros !== 'number' && typeof micros !== 'string' && typeof micros !== 'bigint') return null
  if (micros === '') return null
  try {
    // A number, not `fromMicros`'s exact decimal string: the output field is typed number, so Zaps can compute
    // with it, and the Make app outputs the same number (the contract test compares both).
    return Number(fromMicros(micros))
  } catch (error) {
    if (!isTwentyMappingError(error)) throw error
    // `fromMicros` takes integers it can convert exactly. Anything else Twenty might return (an integer beyond
    // 2^53 that JSON parsing already rounded, a decimal string) has no exact form left to keep: an output step
    // should still show it, as it did before and as the Make app does, rather than fail or drop it.
    const number = Number(micros)
    return Number.isFinite(number) ? number / 1_000_000 : null
  }
}
