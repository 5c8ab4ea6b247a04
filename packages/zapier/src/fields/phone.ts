import { type CountryCode, isSupportedCountry, parsePhoneNumberWithError } from 'libphonenumber-js'
import { invalidInput, text } from './values.js'

/** Twenty's PHONES composite, primary number only. */
export interface PrimaryPhone {
  primaryPhoneNumber: string
  primaryPhoneCountryCode: string
  primaryPhoneCallingCode: string
}

/**
 * Splits what a Zap hands over ("+84 912 345 678", or "0912 345 678" with country VN) into Twenty's three
 * phone sub-fields: the national number, the ISO country and the calling code. Twenty shows and dials the
 * number from these, so a number pasted whole into `primaryPhoneNumber` would lose its country.
 */
export function toPrimaryPhone(number: unknown, country: unknown): PrimaryPhone | undefined {
  const raw = text(number)
  if (raw === undefined) return undefined
  const countryCode = text(country)?.toUpperCase()
  if (countryCode !== undefined && !isSupportedCountry(countryCode)) {
    throw invalidInput(
      'phones.primaryPhoneCountryCode',
      `"${countryCode}" is not a two-letter country code such as VN or US`,
    )
  }
  if (!raw.startsWith('+') && countryCode === undefined) {
    throw invalidInput('phones', 'Start the number with its country code (+84 …) or set Phone Country')
  }
  let parsed: ReturnType<typeof parsePhoneNumberWithError>
  try {
    parsed = parsePhoneNumberWithError(raw, countryCode as CountryCode | undefined)
  } catch {
    throw invalidInput('phones', `"${raw}" is not a phone number`)
  }
  if (!parsed.isPossible()) throw invalidInput('phones', `"${raw}" is not a possible phone number`)
  return {
    primaryPhoneNumber: parsed.nationalNumber,
    primaryPhoneCountryCode: parsed.country ?? countryCode ?? '',
    primaryPhoneCallingCode: `+${parsed.countryCallingCode}`,
  }
}
