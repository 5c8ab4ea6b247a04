import { invalidInput, numberValue, text } from './values.js'

/** Twenty's CURRENCY composite. */
export interface Money {
  amountMicros: number
  currencyCode: string
}

const CURRENCY = /^[A-Z]{3}$/

/**
 * Turns an amount as people write it (2500.50) and a currency into Twenty's CURRENCY value, which stores
 * millionths of a unit (`amountMicros`) so that no amount is rounded by floating point.
 */
export function toMoney(amount: unknown, currency: unknown, path: string): Money | undefined {
  const value = numberValue(amount, path)
  if (value === undefined) return undefined
  const currencyCode = (text(currency) ?? 'USD').toUpperCase()
  if (!CURRENCY.test(currencyCode))
    throw invalidInput(path, `"${currencyCode}" is not an ISO 4217 code such as USD`)
  const amountMicros = Math.round(value * 1_000_000)
  if (!Number.isSafeInteger(amountMicros)) throw invalidInput(path, 'The amount is too large')
  return { amountMicros, currencyCode }
}

/** The amount in units (2500.5) from a CURRENCY value, for outputs; `null` when there is none. */
export function amountOf(value: unknown): number | null {
  const micros = (value as { amountMicros?: unknown } | null | undefined)?.amountMicros
  if (micros === null || micros === undefined || micros === '') return null
  const number = Number(micros)
  return Number.isFinite(number) ? number / 1_000_000 : null
}
