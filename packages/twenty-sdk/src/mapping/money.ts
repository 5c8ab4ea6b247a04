import { toCurrencyCode } from './currency-code.js'
import {
  type Decimal,
  decimalFromNumber,
  parseDecimalText,
  type RoundingMode,
  toScaledBigInt,
} from './decimal.js'
import { describeValue, TwentyMappingError } from './mapping-error.js'

/**
 * Twenty's CURRENCY composite field, as {@link toMoney} returns it: assignable to the {@link index!Currency | Currency}
 * of a record input (such as an opportunity's `amount`).
 */
export interface MoneyValue {
  /** The amount × 1,000,000 as an integer: 19.99 is `19990000`. */
  amountMicros: number
  /** ISO 4217 code in upper case, e.g. `VND`. */
  currencyCode: string
}

/** Options of {@link toMoney}. */
export interface MoneyOptions {
  /**
   * The decimal separator of amounts given as text; the other one of `.` and `,` (and spaces or apostrophes)
   * may group thousands. Defaults to `.`; pass `,` for amounts written like `1.234,56`. Without it, text such as
   * `1.234` (a thousand where `.` groups thousands, in a currency with fewer than 3 decimals) is refused as
   * ambiguous.
   */
  decimalSeparator?: '.' | ','
  /**
   * How to round amounts with more than 6 decimals (Twenty keeps micros). Without it such amounts are
   * refused, because a float artefact such as `0.1 + 0.2` is usually a bug upstream, not a price.
   */
  rounding?: RoundingMode
  /** Field name used in a {@link TwentyMappingError}; defaults to `amount`. */
  field?: string
}

const MICROS_PLACES = 6
const MAX_MICROS = BigInt(Number.MAX_SAFE_INTEGER)

/**
 * Converts an amount and a currency into Twenty's CURRENCY field without floating-point error.
 *
 * Text such as `"1,234.56"` is read digit by digit and numbers by their shortest printed form, then scaled with
 * BigInt arithmetic, so `19.99` becomes exactly `19990000` micros (never `amount * 1e6`, which gives
 * 19989999.999999996). Amounts beyond ±9,007,199,254.740991 (the largest integer a JSON number holds exactly, in
 * micros) are refused, as are more than 6 decimals unless `rounding` is set. {@link fromMicros} converts back.
 *
 * @throws {@link TwentyMappingError} (code `MAPPING_FAILED`, `field` from the options, default `amount`) for text
 * that is not a number, a currency sign in the text, an ambiguous `1.234`, too many decimals without `rounding`, an
 * amount out of range, or an unknown currency code (then with `field` `currencyCode`).
 *
 * @example
 * toMoney('1.234,56', 'eur', { decimalSeparator: ',' }) // { amountMicros: 1234560000, currencyCode: 'EUR' }
 */
export function toMoney(
  amount: number | string | bigint,
  currencyCode: string,
  options: MoneyOptions = {},
): MoneyValue {
  const field = options.field ?? 'amount'
  const refuse = (reason: string): TwentyMappingError =>
    new TwentyMappingError({
      field,
      value: amount,
      message: `${describeValue(amount)} is not a valid amount: ${reason}`,
    })
  const decimal = readAmount(amount, options.decimalSeparator, currencyCode)
  if (typeof decimal === 'string') throw refuse(decimal)
  const micros = toScaledBigInt(decimal, MICROS_PLACES, options.rounding)
  if (typeof micros !== 'bigint') {
    throw refuse(
      `it has ${MICROS_PLACES + micros.extraDecimals} decimals and Twenty keeps 6; pass a rounding mode to round it`,
    )
  }
  if (micros > MAX_MICROS || micros < -MAX_MICROS) {
    throw refuse('it is too large: amountMicros must stay within ±9007199254740991 to remain exact in JSON')
  }
  // `Number(-0n)` is 0, so a rounded "-0.0000001" never yields -0.
  return {
    amountMicros: Number(micros),
    currencyCode: toCurrencyCode(currencyCode, { field: 'currencyCode' }),
  }
}

function readAmount(amount: unknown, separator: '.' | ',' | undefined, currency: string): Decimal | string {
  if (typeof amount === 'bigint')
    return { negative: amount < 0n, digits: (amount < 0n ? -amount : amount).toString(), scale: 0 }
  if (typeof amount === 'number')
    return Number.isFinite(amount) ? decimalFromNumber(amount) : 'it is not a finite number'
  if (typeof amount !== 'string') return 'expected a number, a bigint or text'
  const text = amount.trim()
  const sign = /\p{Sc}/u.exec(text)
  if (sign)
    return `it contains the currency sign "${sign[0]}": strip it and pass the currency code separately`
  if (/^\(.*\)$/.test(text)) return 'it is an accounting negative in parentheses: write it with a minus sign'
  // "1.234" or "12.500" is a thousand in Germany or France and a price with three decimals elsewhere; read with the
  // default "." it would silently be a thousand times too small, so it needs an explicit decimalSeparator.
  if (separator === undefined && /^[+\-\u2212]?[1-9]\d{0,2}\.\d{3}$/.test(text) && minorUnits(currency) < 3) {
    return (
      'it is ambiguous: "." may group thousands (as in 1.234,56) or mark decimals; ' +
      'set decimalSeparator: "," if it groups thousands, or "." if it marks decimals'
    )
  }
  return parseDecimalText(amount, separator ?? '.')
}

// Decimals the currency uses (2 for USD, 0 for VND, 3 for KWD); 2 for a code the runtime does not know.
function minorUnits(currency: string): number {
  try {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency: currency.trim().toUpperCase() })
    return format.resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/**
 * Converts Twenty's `amountMicros` back to an exact decimal string (`19990000` → `"19.99"`), without trailing zeros.
 * A string, not a number, so the value can go to a spreadsheet or a decimal library without float rounding.
 *
 * @throws {@link TwentyMappingError} (code `MAPPING_FAILED`) when the input is not an integer.
 * @example
 * fromMicros(opportunity.amount?.amountMicros ?? 0) // '19.99'
 */
export function fromMicros(amountMicros: number | bigint | string): string {
  const micros = readMicros(amountMicros)
  if (micros === undefined) {
    throw new TwentyMappingError({
      field: 'amountMicros',
      value: amountMicros,
      message: `${describeValue(amountMicros)} is not an amount in micros: expected an integer`,
    })
  }
  const negative = micros < 0n
  const digits = (negative ? -micros : micros).toString().padStart(MICROS_PLACES + 1, '0')
  const integerPart = digits.slice(0, -MICROS_PLACES)
  const fractionPart = digits.slice(-MICROS_PLACES).replace(/0+$/, '')
  return `${negative ? '-' : ''}${integerPart}${fractionPart === '' ? '' : `.${fractionPart}`}`
}

function readMicros(value: unknown): bigint | undefined {
  if (typeof value === 'bigint') return value
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : undefined
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return BigInt(value.trim())
  return undefined
}
