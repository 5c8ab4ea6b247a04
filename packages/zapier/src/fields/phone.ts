import {
  type CountryCode,
  isCountryCode,
  isTwentyMappingError,
  type PhonesValue,
  toPhones,
} from 'twenty-sdk/mapping'
import { asInvalidInput, invalidInput, text } from './values.js'

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
  // Phone Country is free text, so "vn" must work. The SDK refuses an unknown country before it reads the number,
  // under `phones`; the Zap user has to fix the Phone Country field, so that is the field named.
  if (countryText !== undefined && !isCountryCode(countryText)) {
    throw invalidInput(
      'phones.primaryPhoneCountryCode',
      `"${countryText}" is not an ISO country code: use two letters such as VN, US or GB`,
    )
  }
  const defaultCountry = countryText?.toUpperCase() as CountryCode | undefined
  try {
    return toPhones(raw, { defaultCountry, field: 'phones' })
  } catch (error) {
    throw refusal(error, raw)
  }
}

// `toPhones` reports every failure on the phone as a whole, under `phones`. When it could not tell the number's
// country (the country is known by now), the cause it keeps is libphonenumber-js's INVALID_COUNTRY, and the SDK's
// message cannot say which: a national number without Phone Country, or a calling code no country has.
function refusal(error: unknown, raw: string): unknown {
  if (!countryUnknownOf(error)) return asInvalidInput(error, 'phones')
  if (!raw.startsWith('+')) {
    return asInvalidInput(
      error,
      'phones',
      'Start the number with its country code (+84 …) or set Phone Country',
    )
  }
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
