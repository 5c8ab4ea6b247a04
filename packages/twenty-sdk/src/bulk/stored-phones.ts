import type { CountryCode } from 'libphonenumber-js'
import { loadOnce } from '../internal/load-once.js'

/** Rewrites a PHONES value the way Twenty stores it; any other value comes back as given. */
export type PhonesInStoredForm = (value: Record<string, unknown>) => Record<string, unknown>

// Twenty parses phones with libphonenumber-js's default metadata; loaded only by an import that compares phones.
const phoneLibrary = loadOnce(() => import('libphonenumber-js'))
type PhoneLibrary = Awaited<ReturnType<typeof phoneLibrary.get>>

/** Whether a composite value is a PHONES value that carries a number. */
export function hasPhoneNumber(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false
  const phones = value as Record<string, unknown>
  return (
    (typeof phones.primaryPhoneNumber === 'string' && phones.primaryPhoneNumber !== '') ||
    (Array.isArray(phones.additionalPhones) && phones.additionalPhones.length > 0)
  )
}

/**
 * A function giving a PHONES value in the form Twenty stores it: its record transformer parses every number and
 * keeps the national number with the calling code and country given or inferred (`+84 912 345 678` is stored
 * `912345678`, `+84`, `VN`). Comparing a file's phones in that form keeps a re-run from rewriting them every time.
 * Only the sub-fields the value carries are returned; a number that does not parse is left as given (Twenty
 * refuses it, and the row fails with its message).
 */
export async function loadPhonesInStoredForm(): Promise<PhonesInStoredForm> {
  const library = await phoneLibrary.get()
  return (value) => {
    const stored = { ...value }
    const primary = storedPhone(library, {
      number: value.primaryPhoneNumber,
      countryCode: value.primaryPhoneCountryCode,
      callingCode: value.primaryPhoneCallingCode,
    })
    if (primary) {
      stored.primaryPhoneNumber = primary.number
      if ('primaryPhoneCountryCode' in value) stored.primaryPhoneCountryCode = primary.countryCode
      if ('primaryPhoneCallingCode' in value) stored.primaryPhoneCallingCode = primary.callingCode
    }
    if (Array.isArray(value.additionalPhones)) {
      stored.additionalPhones = value.additionalPhones.map((entry) => {
        if (entry === null || typeof entry !== 'object') return entry
        const phone = storedPhone(library, entry as Record<string, unknown>)
        return phone ? { ...entry, ...phone } : entry
      })
    }
    return stored
  }
}

function storedPhone(
  library: PhoneLibrary,
  { number, countryCode, callingCode }: Record<string, unknown>,
): { number: string; countryCode: string; callingCode: string } | undefined {
  if (typeof number !== 'string' || number === '') return undefined
  const givenCountry = typeof countryCode === 'string' && countryCode !== '' ? countryCode : undefined
  const givenCalling = typeof callingCode === 'string' && callingCode !== '' ? callingCode : undefined
  try {
    const phone = library.parsePhoneNumberWithError(number, {
      // As Twenty: an unknown country is no default (and its own write refuses it).
      defaultCountry:
        givenCountry && library.isSupportedCountry(givenCountry) ? (givenCountry as CountryCode) : undefined,
      defaultCallingCode: givenCalling?.replace(/\+/g, ''),
    })
    return {
      number: phone.nationalNumber,
      countryCode: givenCountry ?? phone.country ?? '',
      callingCode: givenCalling ?? `+${phone.countryCallingCode}`,
    }
  } catch {
    return undefined
  }
}
