// `max` metadata, not the package's default `min`: with `min`, libphonenumber-js only checks a number's length,
// so a typo such as "+84 12 345 678" passes as Vietnamese. An importer must catch those before they reach the
// CRM, and the ~65 kB extra only loads for code that imports the mapping helpers (`sideEffects: false`).
import {
  type CountryCode,
  isSupportedCountry,
  type PhoneNumber,
  parsePhoneNumberWithError,
} from 'libphonenumber-js/max'
import { isBlank, trimBlank } from './blank-text.js'
import { describeValue, TwentyMappingError } from './mapping-error.js'

export type { CountryCode } from 'libphonenumber-js/max'

/** How to read a phone number written without a leading `+`. */
export interface PhoneOptions {
  /**
   * ISO 3166-1 alpha-2 country of numbers written in national form (`0912 345 678` with `VN`), in either case (`vn`
   * from a configuration file works). Numbers that start with `+` or an international prefix (`00`) ignore it.
   * Without it, only international numbers are accepted; an unknown code fails every number with a message naming
   * the option.
   */
  defaultCountry?: CountryCode
  /** Field name used in a {@link TwentyMappingError}; defaults to `phones`. */
  field?: string
}

/** One number of Twenty's `additionalPhones` list. */
export interface AdditionalPhoneValue {
  /** The national significant number, as in {@link PhonesValue.primaryPhoneNumber}. */
  number: string
  /** ISO 3166-1 alpha-2 country, e.g. `VN`. */
  countryCode: string
  /** The calling code with its plus sign, e.g. `+84`. */
  callingCode: string
}

/**
 * Twenty's PHONES composite field: national number, ISO country and calling code, stored separately. What
 * {@link toPhones} returns: assignable to the {@link index!Phones | Phones} of a record input.
 */
export interface PhonesValue {
  /** The national significant number, without trunk prefix: `912345678` for `0912 345 678`. */
  primaryPhoneNumber: string
  /** ISO 3166-1 alpha-2 country, e.g. `VN`. */
  primaryPhoneCountryCode: string
  /** The calling code with its plus sign, e.g. `+84`. */
  primaryPhoneCallingCode: string
  /** Present only when {@link PhonesOptions.additional} was given, so an update never clears the list by accident. */
  additionalPhones?: AdditionalPhoneValue[]
}

/** Options of {@link toPhones}. */
export interface PhonesOptions extends PhoneOptions {
  /**
   * More numbers for Twenty's `additionalPhones`, read with the same default country. Numbers equal to the primary
   * or to an earlier one, however written, are dropped. Blank entries (empty cells, `null`, `undefined`) are
   * skipped; when every entry is blank the list is left out, so an update keeps the CRM's. `[]` clears it.
   */
  additional?: readonly (string | number | null | undefined)[]
}

interface ParsedPhone {
  e164: string
  nationalNumber: string
  country: CountryCode
  callingCode: string
}

function parsePhone(input: string | number, options: PhoneOptions): ParsedPhone {
  const field = options.field ?? 'phones'
  const refuse = (reason: string, cause?: unknown): TwentyMappingError =>
    new TwentyMappingError({
      field,
      value: input,
      message: `${describeValue(input)} is not a valid phone number: ${reason}`,
      cause,
    })
  if (typeof input !== 'string' && typeof input !== 'number') throw refuse('expected text or a number')
  // Spreadsheets often turn "84912345678" into a number; its digits are still the number.
  const text =
    typeof input === 'number'
      ? Number.isSafeInteger(input) && input > 0
        ? String(input)
        : ''
      : trimBlank(input)
  if (text === '') throw refuse('it is empty or not a whole number')
  const defaultCountry = readDefaultCountry(options.defaultCountry, refuse)
  let phone: PhoneNumber
  try {
    phone = parsePhoneNumberWithError(text, defaultCountry === undefined ? undefined : { defaultCountry })
  } catch (error) {
    const code = error instanceof Error ? error.message : String(error)
    throw refuse(PARSE_FAILURES[code] ?? code, error)
  }
  if (!phone.isValid()) {
    throw refuse(`no ${phone.country ?? `+${phone.countryCallingCode}`} number has these digits`)
  }
  if (phone.ext !== undefined) {
    throw refuse(`it has an extension (${phone.ext}), which Twenty's phone field cannot store`)
  }
  if (phone.country === undefined) {
    throw refuse(`+${phone.countryCallingCode} is not a country's calling code, and Twenty needs a country`)
  }
  return {
    e164: phone.number,
    nationalNumber: phone.nationalNumber,
    country: phone.country,
    callingCode: `+${phone.countryCallingCode}`,
  }
}

/**
 * Whether `country` can be a phone helper's `defaultCountry`: an ISO 3166-1 alpha-2 code, in either case and with
 * surrounding spaces (`vn`, ` VN `), as configuration files and forms give it. Check a country a user typed with it
 * before mapping, to point at that field rather than at the phone number.
 *
 * @example
 * isCountryCode('vn') // true
 * isCountryCode('Vietnam') // false
 */
export function isCountryCode(country: unknown): boolean {
  return typeof country === 'string' && isSupportedCountry(country.trim().toUpperCase())
}

// The option usually comes from configuration or a form ("vn"); libphonenumber-js only knows upper case and would
// report every number of the file as having "no default country".
function readDefaultCountry(
  country: string | undefined,
  refuse: (reason: string) => TwentyMappingError,
): CountryCode | undefined {
  if (country === undefined) return undefined
  const code = typeof country === 'string' ? country.trim().toUpperCase() : ''
  if (!isCountryCode(code)) {
    throw refuse(
      `the option defaultCountry ${JSON.stringify(country)} is not an ISO 3166-1 alpha-2 country code`,
    )
  }
  // Upper-cased and known to libphonenumber-js, which is what its CountryCode type lists.
  return code as CountryCode
}

// libphonenumber-js reports failures as bare codes; say what they mean.
const PARSE_FAILURES: Readonly<Record<string, string>> = {
  INVALID_COUNTRY: 'it has no leading + and no default country was given, or its calling code is unknown',
  NOT_A_NUMBER: 'it does not look like a phone number',
  TOO_SHORT: 'it is too short',
  TOO_LONG: 'it is too long',
  INVALID_LENGTH: 'it has the wrong number of digits',
}

/**
 * Converts a phone number as people write it into Twenty's PHONES field.
 *
 * Twenty stores the national number, the country and the calling code in three sub-fields, and its UI formats them
 * from there, so an E.164 string alone is not enough. Invalid numbers, extensions and non-geographic numbers (no
 * country) are refused instead of being stored half-right. Use {@link toE164} for a single string to compare or
 * dedupe on.
 *
 * @throws {@link TwentyMappingError} (code `MAPPING_FAILED`) for a number, primary or additional, that is not a
 * valid number of a country, has an extension, or is national without a `defaultCountry`; its message says which.
 *
 * @example
 * toPhones('0912 345 678', { defaultCountry: 'VN' })
 * // { primaryPhoneNumber: '912345678', primaryPhoneCountryCode: 'VN', primaryPhoneCallingCode: '+84' }
 */
export function toPhones(input: string | number, options: PhonesOptions = {}): PhonesValue {
  const phone = parsePhone(input, options)
  const value: PhonesValue = {
    primaryPhoneNumber: phone.nationalNumber,
    primaryPhoneCountryCode: phone.country,
    primaryPhoneCallingCode: phone.callingCode,
  }
  // Blank cells are "nothing here": they are dropped, and a list of only blank cells leaves the CRM's list alone.
  const additional = options.additional?.filter((extra): extra is string | number => !isBlank(extra))
  if (additional !== undefined && (additional.length > 0 || options.additional?.length === 0)) {
    // Deduplicated as Twenty stores them, calling code and national number, like toEmails: `0912 345 678` and
    // `+84 912 345 678` are one number, and the primary repeated in the list would show twice on the record.
    const storedForm = (parsed: ParsedPhone) => `${parsed.callingCode} ${parsed.nationalNumber}`
    const seen = new Set([storedForm(phone)])
    value.additionalPhones = []
    for (const parsed of additional.map((extra) => parsePhone(extra, options))) {
      if (seen.has(storedForm(parsed))) continue
      seen.add(storedForm(parsed))
      value.additionalPhones.push({
        number: parsed.nationalNumber,
        countryCode: parsed.country,
        callingCode: parsed.callingCode,
      })
    }
  }
  return value
}

/**
 * Converts a phone number as people write it into E.164 (`+84912345678`), the one form every system compares equal;
 * use it to dedupe or to match records.
 *
 * @throws {@link TwentyMappingError} (code `MAPPING_FAILED`) for the numbers {@link toPhones} refuses.
 * @example
 * toE164('0912 345 678', { defaultCountry: 'VN' }) // '+84912345678'
 */
export function toE164(input: string | number, options: PhoneOptions = {}): string {
  return parsePhone(input, options).e164
}
