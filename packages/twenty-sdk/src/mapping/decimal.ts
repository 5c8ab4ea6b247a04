// Exact decimal arithmetic on strings and BigInt for money. Floats cannot hold 0.1 or 19.99 exactly, and
// `19.99 * 1e6` is 19989999.999999996, so amounts are never multiplied as numbers.

/**
 * How to drop digits beyond what the target can store. The names follow `Intl.NumberFormat`'s
 * `roundingMode`: `halfExpand` rounds halves away from zero (school rounding), `halfEven` rounds halves to
 * the even neighbour (banker's rounding), `trunc` drops the digits, `floor` and `ceil` round toward −∞ and +∞.
 */
export type RoundingMode = 'halfExpand' | 'halfEven' | 'trunc' | 'floor' | 'ceil'

/** A decimal number as sign, digits and the count of those digits that follow the decimal point. */
export interface Decimal {
  negative: boolean
  /** Digits only, without leading sign or separator, e.g. `123456` for 1234.56. */
  digits: string
  /** How many of `digits` are decimals, e.g. 2 for 1234.56. */
  scale: number
}

/** Characters accepted as thousands separators besides the non-decimal one of `.` and `,`. */
const SPACE_SEPARATORS = [' ', '\u00a0', '\u202f', "'", '\u2019']

/**
 * Reads a decimal written by a person: optional sign, optional thousands separators in groups of three, one
 * decimal separator. Returns a reason string when the text is not such a number, so callers word the error.
 */
export function parseDecimalText(text: string, decimalSeparator: '.' | ','): Decimal | string {
  const result = parseStrict(text.trim(), decimalSeparator)
  if (typeof result !== 'string') return result
  // The usual cause: an amount written with the other convention ("1.234,56" read with "." as decimals).
  const other = decimalSeparator === '.' ? ',' : '.'
  const swapped =
    /^[+\-\u2212]?[\d.,]+$/.test(text.trim()) && typeof parseStrict(text.trim(), other) !== 'string'
  return swapped
    ? `${result}; if "${other}" is the decimal separator, set decimalSeparator: "${other}"`
    : result
}

function parseStrict(text: string, decimalSeparator: '.' | ','): Decimal | string {
  let rest = text
  let negative = false
  const sign = rest[0]
  if (sign === '-' || sign === '+' || sign === '\u2212') {
    negative = sign !== '+'
    rest = rest.slice(1).trimStart()
  }
  const parts = rest.split(decimalSeparator)
  if (parts.length > 2) return `it has more than one decimal separator "${decimalSeparator}"`
  const [integerPart = '', fractionPart = ''] = parts
  if (!/^\d*$/.test(fractionPart)) return 'it has characters other than digits after the decimal separator'
  const integerDigits = readGroupedInteger(integerPart, decimalSeparator)
  if (integerDigits === undefined) {
    return 'it is not a decimal number (digits, thousands separators in groups of three, one decimal separator)'
  }
  if (integerDigits === '' && fractionPart === '') return 'it has no digits'
  return { negative, digits: integerDigits + fractionPart, scale: fractionPart.length }
}

function readGroupedInteger(integerPart: string, decimalSeparator: '.' | ','): string | undefined {
  if (/^\d*$/.test(integerPart)) return integerPart
  const groupSeparators = [decimalSeparator === '.' ? ',' : '.', ...SPACE_SEPARATORS]
  const used = groupSeparators.filter((separator) => integerPart.includes(separator))
  const separator = used[0]
  if (separator === undefined || used.length > 1) return undefined
  const groups = integerPart.split(separator)
  const [first = '', ...others] = groups
  // Groups of three only, so "1,5" under decimalSeparator "." is refused instead of being read as 15.
  if (!/^\d{1,3}$/.test(first) || !others.every((group) => /^\d{3}$/.test(group))) return undefined
  return groups.join('')
}

/**
 * Reads a JavaScript number exactly as it prints: `String(x)` is the shortest text that reads back as `x`, so
 * 19.99 stays 19.99 and 0.1 + 0.2 shows its real 0.30000000000000004. Handles exponent notation (`1e-7`).
 */
export function decimalFromNumber(value: number): Decimal {
  const text = String(value)
  const [mantissa = '', exponentText = '0'] = text.split('e')
  const negative = mantissa.startsWith('-')
  const [integerPart = '', fractionPart = ''] = (negative ? mantissa.slice(1) : mantissa).split('.')
  const exponent = Number(exponentText)
  const scale = fractionPart.length - exponent
  const digits = integerPart + fractionPart
  // A negative scale means trailing zeros (1e21 = 1 followed by 21 zeros).
  return scale >= 0
    ? { negative, digits, scale }
    : { negative, digits: digits + '0'.repeat(-scale), scale: 0 }
}

/**
 * Rescales a decimal to exactly `places` decimals as a BigInt (19.99 at 6 places → 19990000n). Returns the
 * count of extra decimals instead when they are not all zeros and no rounding mode is given.
 */
export function toScaledBigInt(
  decimal: Decimal,
  places: number,
  rounding?: RoundingMode,
): bigint | { extraDecimals: number } {
  const digits = decimal.digits === '' ? '0' : decimal.digits
  if (decimal.scale <= places) {
    const magnitude = BigInt(digits + '0'.repeat(places - decimal.scale))
    return decimal.negative ? -magnitude : magnitude
  }
  const cut = digits.length - (decimal.scale - places)
  const kept = BigInt(digits.slice(0, Math.max(cut, 0)) || '0')
  const dropped = digits.slice(Math.max(cut, 0)).padStart(decimal.scale - places, '0')
  if (/^0*$/.test(dropped)) return decimal.negative ? -kept : kept
  if (rounding === undefined) return { extraDecimals: dropped.replace(/0+$/, '').length }
  const magnitude = kept + (roundsAway(rounding, decimal.negative, kept, dropped) ? 1n : 0n)
  return decimal.negative ? -magnitude : magnitude
}

// Whether to add one unit to the magnitude, given the non-zero dropped digits.
function roundsAway(rounding: RoundingMode, negative: boolean, kept: bigint, dropped: string): boolean {
  const half = `5${'0'.repeat(dropped.length - 1)}`
  const comparison = dropped === half ? 0 : dropped > half ? 1 : -1
  switch (rounding) {
    case 'halfExpand':
      return comparison >= 0
    case 'halfEven':
      return comparison > 0 || (comparison === 0 && kept % 2n === 1n)
    case 'trunc':
      return false
    case 'floor':
      return negative
    case 'ceil':
      return !negative
  }
}
