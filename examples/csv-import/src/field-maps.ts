// How each CSV column becomes a Twenty field. The mapping helpers throw on bad data (a phone that cannot exist,
// an amount that is not a number); `importMany` turns each throw into a failed row with the reason, and the
// other rows go on.
import type { CompanyInput, PersonInput } from 'twenty-sdk'
import {
  type CountryCode,
  defineFieldMap,
  toEmails,
  toFullName,
  toLinks,
  toMoney,
  toPhones,
} from 'twenty-sdk/mapping'
import type { CompanyRow, PersonRow } from './csv-rows.js'

export const companyMap = defineFieldMap<CompanyRow, CompanyInput>({
  name: { from: 'Name', required: true },
  domainName: { from: 'Website', transform: (website) => toLinks(website), required: true },
  address: { from: (row) => ({ addressCity: row.City, addressCountry: row.Country }) },
  // "12500000000" VND and "2,400,000.00" USD, both to exact micros.
  annualRecurringRevenue: {
    from: 'Annual revenue',
    transform: (amount, row) => toMoney(amount, row.Currency),
  },
})

/**
 * The people map needs the ids of the companies imported just before, to link each person by the website in
 * their row. A website that matches no imported company fails the row rather than leaving it unlinked, and so does
 * one whose company stays in the trash (`null`).
 */
export function personMap(companyIdsByDomain: ReadonlyMap<string, string | null>) {
  return defineFieldMap<PersonRow, PersonInput>({
    // Vietnamese names are written family name first ("Nguyễn Văn An"), US names given name first.
    name: {
      from: 'Full name',
      transform: (name, row) =>
        toFullName(name, { nameOrder: countryOf(row) === 'VN' ? 'familyFirst' : 'givenFirst' }),
      required: true,
    },
    // Not required: a row without an email has nothing to match on, so importMany skips it and says why.
    emails: { from: 'Email', transform: (email) => toEmails(email) },
    phones: {
      from: 'Phone',
      transform: (phone, row) => toPhones(phone, { defaultCountry: countryOf(row) as CountryCode }),
    },
    city: { from: 'City' },
    jobTitle: { from: 'Job title' },
    companyId: {
      from: 'Company website',
      transform: (website) => {
        const id = companyIdsByDomain.get(domainKey(website))
        if (id === null) {
          throw new Error(
            `the company with the website ${website} is in the trash; restore it, or import with externalWins`,
          )
        }
        if (!id) throw new Error(`no imported company has the website ${website}`)
        return id
      },
    },
  })
}

/**
 * The row's ISO country code in capitals: exports write `vn` as often as `VN`, and the phone and the name order
 * must be read in the same country (`toPhones` accepts either case; a name compared with `VN` alone would not).
 */
const countryOf = (row: PersonRow): string | undefined => row.Country?.toUpperCase()

/** `https://www.Example.com/` and `example.com` are one company: compare without scheme, `www.` or slash. */
export function domainKey(website: string): string {
  return website
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '')
}
