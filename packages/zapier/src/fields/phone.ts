import {
  type CountryCode,
  isTwentyMappingError,
  type PhonesValue,
  toE164,
  toPhones,
} from 'twenty-sdk/mapping'
import { asInvalidInput, text } from './values.js'

/**
 * Splits what a Zap hands over ("+84 912 345 678", or "0912 345 678" with country VN) into Twenty's three
 * phone sub-fields with the SDK's `toPhones`: the national number, the ISO country and the calling code. Twenty
 * shows and dials the number from these, so a number pasted whole into `primaryPhoneNumber` would lose its
 * country. Only the primary number: the step has no field for additional phones.
 */
export function toPrimaryPhone(number: unknown, country: unknown): PhonesValue | undefined {
  // Zapier sends '' (or nothing) for a field left empty, which means "no phone"; `toPhones` refuses empty input.
  const raw = text(number)
  if (raw === undefined) return undefined
  const countryText = text(country)
  // Phone Country is free text, so "vn" must work. `toPhones` types the country as a CountryCode and checks
  // it itself: an unknown one is reported below, on the Phone Country field.
  const defaultCountry = countryText?.toUpperCase() as CountryCode | undefined
  try {
    return toPhones(raw, { defaultCountry, field: 'phones' })
  } catch (error) {
    throw refusal(error, raw, countryText)
  }
}

// `toPhones` reports every failure on the phone as a whole, under `phones`. When it could not tell the number's
// country, the cause it keeps is libphonenumber-js's INVALID_COUNTRY, and the SDK's message ("no leading + and no
// default country was given (or the country is unknown)") cannot say which: the Zap user set no Phone Country,
// set one that does not exist, or typed a calling code that does not exist. Telling them apart and naming the
// Zapier field to fix is the app's job: the SDK does not know the step's fields.
function refusal(error: unknown, raw: string, countryText: string | undefined): unknown {
  if (!countryUnknownOf(error)) return asInvalidInput(error, 'phones')
  const unknownCountry = () =>
    asInvalidInput(
      error,
      'phones.primaryPhoneCountryCode',
      `"${countryText}" is not an ISO country code: use two letters such as VN, US or GB`,
    )
  if (!raw.startsWith('+')) {
    // A number as dialled at home, read with the Phone Country: missing, or not a country.
    if (countryText !== undefined) return unknownCountry()
    return asInvalidInput(
      error,
      'phones',
      'Start the number with its country code (+84 …) or set Phone Country',
    )
  }
  // An international number: libphonenumber-js refuses an unknown default country even then, so the number
  // is at fault only if its calling code is unknown too.
  if (countryText !== undefined && knowsCallingCode(raw)) return unknownCountry()
  return asInvalidInput(
    error,
    'phones',
    `"${raw}" is not a valid phone number: no country has the calling code it starts with`,
  )
}

function countryUnknownOf(error: unknown): boolean {
  const cause = isTwentyMappingError(error) ? (error.cause as { message?: unknown } | undefined) : undefined
  return cause?.message === 'INVALID_COUNTRY'
}

// Whether libphonenumber-js knows the calling code an international number starts with.
function knowsCallingCode(raw: string): boolean {
  try {
    toE164(raw)
    return true
  } catch (error) {
    return !countryUnknownOf(error)
  }
}
