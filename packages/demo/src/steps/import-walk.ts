import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import type { CompanyInput, ImportProgress, PersonInput, TwentyClient } from 'twenty-sdk'
import { type CountryCode, defineFieldMap, toMoney, toPhones } from 'twenty-sdk/mapping'
import type { Report } from '../report.js'
import { DEMO_TAG } from './sdk-walk.js'

/** One row of fixtures/contacts.csv: a CRM export with people, their companies and the company's ARR. */
interface ContactRow {
  first_name: string
  last_name: string
  email: string
  phone: string
  country: string
  job_title: string
  company: string
  company_domain: string
  arr: string
  currency: string
}

const companyMap = defineFieldMap<ContactRow, CompanyInput>({
  name: { from: 'company', transform: (name) => `${name} (${DEMO_TAG})` },
  domainName: { from: 'company_domain', transform: (domain) => ({ primaryLinkUrl: `https://${domain}` }) },
  // European exports write decimals with a comma; the currency says which convention the row uses.
  annualRecurringRevenue: {
    from: (row) => toMoney(row.arr, row.currency, { decimalSeparator: row.currency === 'EUR' ? ',' : '.' }),
  },
})

const personMap = (companyIds: ReadonlyMap<string, string>) =>
  defineFieldMap<ContactRow, PersonInput>({
    name: { from: (row) => ({ firstName: row.first_name, lastName: `${row.last_name} (${DEMO_TAG})` }) },
    emails: { from: 'email', transform: (email) => ({ primaryEmail: email.toLowerCase() }) },
    phones: { from: (row) => toPhones(row.phone, { defaultCountry: row.country as CountryCode }) },
    jobTitle: { from: 'job_title' },
    companyId: { from: (row) => companyIds.get(row.company_domain) },
  })

/** Imports a realistic CSV: companies first (deduped by domain), then people linked to them, with a live bar. */
export async function importWalk(twenty: TwentyClient, report: Report): Promise<string[]> {
  report.section(
    '2. Bulk import: a CRM export with Vietnamese and US phones, VND/USD/EUR, duplicates and bad rows',
  )
  const rows = parse(readFileSync(new URL('../../fixtures/contacts.csv', import.meta.url)), {
    columns: true,
    skip_empty_lines: true,
  }) as ContactRow[]
  const companies = await report.step(
    `import companies from ${rows.length} rows`,
    () => twenty.companies.importMany(rows, { map: companyMap, onProgress: progressBar('companies') }),
    (r) =>
      `${r.counts.created} created, ${r.counts.skipped} rows skipped as duplicates (same domain), ${r.counts.failed} failed`,
  )
  const companyIds = new Map(
    [...companies.created, ...companies.updated].map(
      ({ index, record }) => [(rows[index] as ContactRow).company_domain, record.id] as const,
    ),
  )
  const people = await report.step(
    'import people, linked to their company',
    () =>
      twenty.people.importMany(rows, {
        map: personMap(companyIds),
        strategy: 'externalWins',
        onProgress: progressBar('people'),
      }),
    (r) =>
      Object.entries(r.counts)
        .map(([name, count]) => `${name} ${count}`)
        .join(', '),
  )
  for (const failure of people.failed) report.note(`  row ${failure.index + 2}: ${failure.reason}`)
  for (const skip of people.skipped) report.note(`  row ${skip.index + 2}: skipped, ${skip.reason}`)
  const sample = people.created.find(({ record }) => record.phones?.primaryPhoneCallingCode === '+84')?.record
  if (sample)
    report.note(
      `  e.g. ${sample.emails?.primaryEmail}: "${(rows.find((r) => r.email.toLowerCase() === sample.emails?.primaryEmail) as ContactRow).phone}" → ${sample.phones?.primaryPhoneCallingCode} ${sample.phones?.primaryPhoneNumber}`,
    )
  return [
    ...people.created.map(({ record }) => `people:${record.id}`),
    ...companies.created.map(({ record }) => `companies:${record.id}`),
  ]
}

/** A progress bar drawn in place on a terminal, or one line at the end when the output is a log. */
function progressBar(label: string) {
  return ({ done, total, ratePerSecond }: ImportProgress) => {
    if (!process.stdout.isTTY) return
    const width = 24
    const filled = Math.round((done / Math.max(1, total)) * width)
    process.stdout.write(
      `\r    ${label.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${ratePerSecond.toFixed(0)} rows/s`,
    )
    if (done >= total) process.stdout.write('\r\u001b[2K')
  }
}
