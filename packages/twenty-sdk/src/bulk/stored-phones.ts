import type { CountryCode } from 'libphonenumber-js'
import { loadOnce } from '../internal/load-once.js'

/** Rewrites a PHONES value the way Twenty stores it; any other value comes back as given. */
export type PhonesInStoredForm = (value: Record<string, unknown>, crm?: unknown) => Record<string, unknown>

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
 * A primary number that names its own country (`+33 6 12 34 56 78`, or typed with a country) also gives the codes
 * the row leaves out, so that a change of country writes the new codes instead of the CRM's, which Twenty would
 * refuse as conflicting. A number that does not (`0912 345 678`) is read with the CRM's codes, which the write
 * carries along with it. A number that does not parse is left as given (Twenty refuses it, and the row fails with
 * its message).
 */
export async function loadPhonesInStoredForm(): Promise<PhonesInStoredForm> {
  const library = await phoneLibrary.get()
  return (value, crm) => {
    const stored = { ...value }
    const current = crm !== null && typeof crm === 'object' ? (crm as Record<string, unknown>) : {}
    const given = {
      number: value.primaryPhoneNumber,
      countryCode: value.primaryPhoneCountryCode,
      callingCode: value.primaryPhoneCallingCode,
    }
    const primary =
      storedPhone(library, given) ??
      storedPhone(library, {
        ...given,
        countryCode: 'primaryPhoneCountryCode' in value ? given.countryCode : current.primaryPhoneCountryCode,
        callingCode: 'primaryPhoneCallingCode' in value ? given.callingCode : current.primaryPhoneCallingCode,
      })
    if (primary) {
      stored.primaryPhoneNumber = primary.number
      stored.primaryPhoneCountryCode = primary.countryCode
      stored.primaryPhoneCallingCode = primary.callingCode
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
