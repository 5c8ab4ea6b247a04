import {
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  type PhoneNumber,
  parsePhoneNumberWithError,
} from 'libphonenumber-js'
import { badRequest } from '../server/http-error.js'

/** One phone as Twenty reads it from the input: the primary phone's three sub-fields, or an additional phone. */
interface PhoneParts {
  number?: unknown
  countryCode?: unknown
  callingCode?: unknown
}

const PRIMARY = {
  number: 'primaryPhoneNumber',
  countryCode: 'primaryPhoneCountryCode',
  callingCode: 'primaryPhoneCallingCode',
} as const

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== ''
const withoutPlus = (callingCode: string) => callingCode.replace(/\+/g, '')

/**
 * The value of a PHONES field as Twenty stores it, as Twenty's record transformer does on every create, upsert
 * and update (`transformPhonesValue`): each phone (the primary one and every entry of `additionalPhones`) is
 * parsed with libphonenumber-js and stored as its national number, with the calling code and country given or,
 * when not given, inferred from the number. A country or calling code that does not exist, a number that does not
 * parse, or codes that contradict each other or the number are refused with a 400. Only the phones the input
 * carries are checked and changed, so a partial update (only `additionalPhones`, say) leaves the primary phone as
 * it is stored; a sub-field that ends up empty takes the value the sandbox answers for an empty one (`''`).
 */
export function normalisePhones(value: Record<string, unknown>): Record<string, unknown> {
  const next = { ...value }
  if (PRIMARY.number in next || PRIMARY.countryCode in next || PRIMARY.callingCode in next) {
    const phone = normalisePhone({
      number: next[PRIMARY.number],
      countryCode: next[PRIMARY.countryCode],
      callingCode: next[PRIMARY.callingCode],
    })
    for (const key of ['number', 'countryCode', 'callingCode'] as const) {
      // A sub-field neither given nor inferred stays out of a partial update.
      if (phone[key] !== undefined || PRIMARY[key] in next) next[PRIMARY[key]] = phone[key] ?? ''
    }
  }
  if (Array.isArray(next.additionalPhones)) {
    next.additionalPhones = next.additionalPhones.map((entry) => {
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return entry
      const phone = normalisePhone(entry as PhoneParts)
      const stored: Record<string, unknown> = { ...entry }
      for (const key of ['number', 'countryCode', 'callingCode'] as const) {
        if (phone[key] !== undefined) stored[key] = phone[key]
        else if (key in stored) stored[key] = ''
      }
      return stored
    })
  }
  return next
}

/** One phone: codes checked, then, when there is a number, parsed and its codes inferred. */
function normalisePhone({ number, countryCode, callingCode }: PhoneParts): PhoneParts {
  checkCodes(countryCode, callingCode)
  if (!nonEmpty(number)) return { number, countryCode, callingCode }
  let parsed: PhoneNumber
  try {
    parsed = parsePhoneNumberWithError(number, {
      defaultCallingCode: nonEmpty(callingCode) ? withoutPlus(callingCode) : undefined,
      defaultCountry: nonEmpty(countryCode) ? (countryCode as CountryCode) : undefined,
    })
  } catch {
    throw badRequest(`Provided phone number is invalid ${number}`)
  }
  if (parsed.country && nonEmpty(countryCode) && parsed.country !== countryCode) {
    throw badRequest('Provided and inferred country code are conflicting')
  }
  if (nonEmpty(callingCode) && parsed.countryCallingCode !== withoutPlus(callingCode)) {
    throw badRequest('Provided and inferred calling code are conflicting')
  }
  return {
    number: parsed.nationalNumber,
    callingCode: nonEmpty(callingCode) ? callingCode : `+${parsed.countryCallingCode}`,
    countryCode: nonEmpty(countryCode) ? countryCode : parsed.country,
  }
}

/** twenty-shared's `isValidCountryCode` and `getCountryCodesForCallingCode`, checked before any parsing. */
function checkCodes(countryCode: unknown, callingCode: unknown): void {
  if (nonEmpty(countryCode) && !isSupportedCountry(countryCode)) {
    throw badRequest(`Invalid country code ${countryCode}`)
  }
  if (!nonEmpty(callingCode)) return
  const countries = getCountries().filter(
    (country) => getCountryCallingCode(country) === withoutPlus(callingCode),
  )
  if (countries.length === 0) throw badRequest(`Invalid calling code ${callingCode}`)
  if (nonEmpty(countryCode) && !countries.includes(countryCode as CountryCode)) {
    throw badRequest('Provided country code and calling code are conflicting')
  }
}
