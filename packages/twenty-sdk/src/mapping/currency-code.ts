import { describeValue, TwentyMappingError } from './mapping-error.js'

let knownCodes: ReadonlySet<string> | undefined

// The runtime's list of currencies in use (ICU data). Older runtimes without `Intl.supportedValuesOf` fall
// back to the format check alone.
function currenciesOfRuntime(): ReadonlySet<string> | undefined {
  if (knownCodes === undefined && typeof Intl.supportedValuesOf === 'function') {
    knownCodes = new Set(Intl.supportedValuesOf('currency'))
  }
  return knownCodes
}

// Signs that name one currency, as shop exports and Vietnamese spreadsheets write them instead of the code.
const SIGNS: Readonly<Record<string, string>> = { '₫': 'VND', Đ: 'VND', VNĐ: 'VND', US$: 'USD', '€': 'EUR' }
// Signs several currencies share: guessing one would store the wrong currency, so the error lists the usual ones.
const SHARED_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD, CAD, AUD, SGD, HKD, MXN…',
  '¥': 'JPY or CNY',
  '£': 'GBP, EGP, GIP…',
  kr: 'SEK, NOK, DKK, ISK',
}

/**
 * Checks an ISO 4217 currency code and returns it in upper case (`usd` → `USD`).
 *
 * The signs that name one currency are read as its code: `₫`, `đ` and `VNĐ` as `VND`, `US$` as `USD`, `€` as `EUR`.
 * Signs several currencies share (`$`, `¥`, `£`, `kr`) are refused with the usual codes to choose from.
 *
 * Twenty stores `currencyCode` as given and its UI cannot format an unknown code, so a typo such as `UDS`
 * is refused here with a {@link TwentyMappingError}. Codes are checked against `Intl.supportedValuesOf('currency')`
 * when the runtime has it: currencies in use today, without historic codes or precious metals such as `XAU`.
 *
 * @param options.field the field named in the error (default `currencyCode`)
 * @throws {@link TwentyMappingError} (code `MAPPING_FAILED`) for text that is not a known ISO 4217 code.
 * @example
 * const amount = { amountMicros: 5_000_000, currencyCode: toCurrencyCode(row.currency) } // 'eur' → 'EUR'
 */
export function toCurrencyCode(code: string, options: { field?: string } = {}): string {
  const field = options.field ?? 'currencyCode'
  const text = typeof code === 'string' ? code.trim() : ''
  const shared = SHARED_SIGNS[text.toLowerCase()]
  if (shared !== undefined) {
    throw new TwentyMappingError({
      field,
      value: code,
      message: `${describeValue(code)} is the sign of several currencies: pass the ISO 4217 code, such as ${shared}`,
    })
  }
  const normalized = SIGNS[text.toUpperCase()] ?? text.toUpperCase()
  if (!/^[A-Z]{3}$/.test(normalized)) {
    throw new TwentyMappingError({
      field,
      value: code,
      message: `${describeValue(code)} is not a currency code: expected three letters of ISO 4217, such as USD or VND`,
    })
  }
  const known = currenciesOfRuntime()
  if (known !== undefined && !known.has(normalized)) {
    throw new TwentyMappingError({
      field,
      value: code,
      message: `${describeValue(code)} is not a currency in use (ISO 4217)`,
    })
  }
  return normalized
}
