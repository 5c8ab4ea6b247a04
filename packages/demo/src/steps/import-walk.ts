import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import type { CompanyInput, FailedRow, ImportReport, PersonInput, TwentyClient } from 'twenty-sdk'
import { type CountryCode, defineFieldMap, toMoney, toPhones } from 'twenty-sdk/mapping'
import type { CleanUpLedger, LedgerEntry } from '../clean-up-ledger.js'
import type { Report } from '../report.js'
import type { RunKeys } from '../run-keys.js'
import { DEMO_TAG } from './sdk-walk.js'

/** The id each row's record is created with, by row. */
type RowIds = ReadonlyMap<ContactRow, string>

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

const companyMap = (keys: RunKeys, ids: RowIds) =>
  defineFieldMap<ContactRow, CompanyInput>({
    id: { from: (row) => ids.get(row) },
    name: { from: 'company', transform: (name) => `${name} (${DEMO_TAG})` },
    domainName: {
      from: 'company_domain',
      transform: (domain) => ({ primaryLinkUrl: `https://${keys.domain(domain)}` }),
    },
    // European exports write decimals with a comma; the currency says which convention the row uses.
    annualRecurringRevenue: {
      from: (row) => toMoney(row.arr, row.currency, { decimalSeparator: row.currency === 'EUR' ? ',' : '.' }),
    },
  })

const personMap = (keys: RunKeys, ids: RowIds, companyIds: ReadonlyMap<string, string>) =>
  defineFieldMap<ContactRow, PersonInput>({
    id: { from: (row) => ids.get(row) },
    name: { from: (row) => ({ firstName: row.first_name, lastName: `${row.last_name} (${DEMO_TAG})` }) },
    emails: { from: 'email', transform: (email) => ({ primaryEmail: keys.email(email.toLowerCase()) }) },
    phones: { from: (row) => toPhones(row.phone, { defaultCountry: row.country as CountryCode }) },
    jobTitle: { from: 'job_title' },
    companyId: { from: (row) => companyIds.get(row.company_domain) },
  })

/**
 * Imports a realistic CSV: companies first (deduped by domain), then people linked to them, with a live bar, and
 * deletes what it created. Both imports use `manualReview`, which never writes to a record that already exists,
 * and the keys are run-unique on a real workspace (see `runKeys`), so nothing but the demo's own records is
 * touched; should an import still match an existing record, the walk stops with an error instead of going on.
 * Rows refused for their data (the CSV's deliberately bad ones) are expected; rows the server failed (5xx, no
 * answer) fail the step.
 */
export async function importWalk(
  twenty: TwentyClient,
  report: Report,
  keys: RunKeys,
  ledger: CleanUpLedger,
): Promise<void> {
  report.section(
    '2. Bulk import: a CRM export with Vietnamese and US phones, VND/USD/EUR, duplicates and bad rows',
  )
  const rows = parse(readFileSync(new URL('../../fixtures/contacts.csv', import.meta.url)), {
    columns: true,
    skip_empty_lines: true,
  }) as ContactRow[]
  const imported: { people: LedgerEntry[]; companies: LedgerEntry[] } = { people: [], companies: [] }
  const register = (object: 'people' | 'companies', ids: readonly string[]) => {
    for (const id of ids) {
      ledger.register(object, id)
      imported[object].push({ object, id })
    }
  }
  // Each row is created with an id of the demo's: a row the server failed (a lost or cut-off answer) may still
  // have been written, and is deleted by that id like the created ones (a 404 if it was not written).
  const companyRowIds: RowIds = new Map(rows.map((row) => [row, randomUUID()]))
  const personRowIds: RowIds = new Map(rows.map((row) => [row, randomUUID()]))
  const createdOrUnconfirmed = (result: ImportReport<ContactRow, { id: string }>, ids: RowIds) => [
    ...result.created.map(({ record }) => record.id),
    ...result.failed
      .filter((failure) => serverFailure(failure))
      .map(({ index }) => ids.get(rows[index] as ContactRow) as string),
  ]
  const companies = await report.step(
    `import companies from ${rows.length} rows`,
    () =>
      twenty.companies.importMany(rows, {
        map: companyMap(keys, companyRowIds),
        strategy: 'manualReview',
        onProgress: report.progress('companies'),
      }),
    (r) =>
      `${r.counts.created} created, ${r.counts.updated} updated, ${r.counts.skipped} rows skipped as duplicates (same domain), ${r.counts.failed} failed`,
    serverProblem,
  )
  register('companies', createdOrUnconfirmed(companies, companyRowIds))
  refuseMatches('company', companies)
  noteServerFailures(report, companies)
  const companyIds = new Map(
    companies.created.map(({ index, record }) => [(rows[index] as ContactRow).company_domain, record.id]),
  )
  const people = await report.step(
    'import people, linked to their company',
    () =>
      twenty.people.importMany(rows, {
        map: personMap(keys, personRowIds, companyIds),
        strategy: 'manualReview',
        onProgress: report.progress('people'),
      }),
    (r) =>
      Object.entries(r.counts)
        .map(([name, count]) => `${name} ${count}`)
        .join(', '),
    serverProblem,
  )
  register('people', createdOrUnconfirmed(people, personRowIds))
  refuseMatches('person', people)
  // Rows are counted from 0 and the CSV's header is line 1: a person reads the file by its lines.
  for (const failure of people.failed)
    if (!serverFailure(failure)) report.note(`  line ${failure.index + 2}: ${failure.reason}`)
  noteServerFailures(report, people)
  for (const skip of people.skipped) {
    const why = skip.duplicateOf === undefined ? skip.reason : `duplicate of line ${skip.duplicateOf + 2}`
    report.note(`  line ${skip.index + 2}: skipped, ${why}`)
  }
  const sample = people.created.find(({ record }) => record.phones?.primaryPhoneCallingCode === '+84')
  if (sample)
    report.note(
      `  e.g. ${sample.record.emails?.primaryEmail}: "${(rows[sample.index] as ContactRow).phone}" → ${sample.record.phones?.primaryPhoneCallingCode} ${sample.record.phones?.primaryPhoneNumber}`,
    )
  // People first: they link to the companies, which go once nothing refers to them.
  const own = [...imported.people, ...imported.companies]
  await report.step(
    'clean up the imported records',
    async () => {
      // One failed delete does not stop the others; what is left stays in the ledger for the final clean-up.
      const { destroyed, alreadyGone, left } = await ledger.destroy(own)
      if (left.length > 0)
        throw new Error(
          `${left.length} of ${own.length} imported records could not be deleted; the final clean-up tries again`,
        )
      return { destroyed: destroyed.length, alreadyGone: alreadyGone.length }
    },
    ({ destroyed, alreadyGone }) =>
      `${destroyed} records destroyed${alreadyGone > 0 ? `, ${alreadyGone} the server failed were never written` : ''}`,
  )
}

/**
 * What went wrong on the server's side of a failed row: "a server error (500)", "no answer" for a lost or
 * timed-out request, "an unreadable answer (201)" for one cut off after the write; `undefined` for a row refused
 * for its data (before sending, or Twenty's 400), which the CSV has on purpose.
 */
function serverFailure(failure: FailedRow<unknown>): string | undefined {
  const error = failure.error
  if (error === undefined || error.name === 'TwentyValidationError') return undefined
  if (error.name === 'TwentyConnectionError' || error.name === 'TwentyTimeoutError') return 'no answer'
  if (error.status !== undefined && error.status >= 500) return `a server error (${error.status})`
  return error.status !== undefined && error.status < 300
    ? `an unreadable answer (${error.status})`
    : `${error.name} (${error.status ?? 'no status'})`
}

/** Fails the import step when the server failed rows, counting them. */
function serverProblem(result: ImportReport<unknown, unknown>): string | undefined {
  const count = result.failed.filter((failure) => serverFailure(failure)).length
  return count > 0 ? `${count} row(s) failed on the server's side, not for their data` : undefined
}

function noteServerFailures(report: Report, result: ImportReport<ContactRow, unknown>): void {
  for (const failure of result.failed) {
    const what = serverFailure(failure)
    if (what)
      report.note(`  line ${failure.index + 2}: not imported, ${what}, not the row: ${failure.reason}`)
  }
}

/**
 * The demo only ever creates. A row that matched a record already in the workspace (updated, unchanged or left
 * for review) means a key was not unique to this run and a record the demo did not create was at stake: stop.
 */
function refuseMatches(object: string, result: ImportReport<ContactRow, { id: string }>): void {
  const ids = [
    ...result.updated.map(({ record }) => record.id),
    ...result.unchanged.map(({ recordId }) => recordId),
    ...result.conflicts.map(({ recordId }) => recordId),
  ]
  if (ids.length === 0) return
  throw new Error(
    `The ${object} import matched ${ids.length} ${object} record(s) the demo did not create (${ids.join(', ')}): ` +
      `updated ${result.counts.updated}, unchanged ${result.counts.unchanged}, left for review ${result.counts.conflicts}. ` +
      'The demo only creates records of its own, so it stopped; the clean-up deletes its own imported records.',
  )
}
