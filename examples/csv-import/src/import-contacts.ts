// The migration: companies first, then people linked to them, both with the same conflict strategy.
import type {
  Company,
  ConflictStrategy,
  ImportProgress,
  ImportReport,
  Person,
  TwentyClient,
} from 'twenty-sdk'
import { toIsoDate } from 'twenty-sdk/mapping'
import { type CompanyRow, EXPORT_TIME_ZONE, type PersonRow, readCsv } from './csv-rows.js'
import { companyMap, domainKey, personMap } from './field-maps.js'

export interface ImportContactsOptions {
  companiesCsv: string
  peopleCsv: string
  /** What to do when a row matches a record that differs (see `ConflictStrategy`). */
  strategy: ConflictStrategy
  onProgress?: (object: 'companies' | 'people', progress: ImportProgress) => void
}

export interface ImportContactsReport {
  companies: ImportReport<CompanyRow, Company>
  people: ImportReport<PersonRow, Person>
  /** The file line each row starts on, by file and row index (the reports' `index` and `duplicateOf`). */
  lines: { companies: number[]; people: number[] }
}

/**
 * Imports both files. Companies are matched on their website and people on their email, so the whole import
 * can be run again after fixing the failed rows: rows already in the CRM come back `unchanged`.
 */
export async function importContacts(
  twenty: TwentyClient,
  options: ImportContactsOptions,
): Promise<ImportContactsReport> {
  // The file's own timestamps, so `lastWriteWins` can compare them with each record's `updatedAt`.
  const sourceUpdatedAt = (row: { 'Last modified': string }) =>
    toIsoDate(row['Last modified'], { timeZone: EXPORT_TIME_ZONE })

  const companyFile = readCsv<CompanyRow>(options.companiesCsv)
  const peopleFile = readCsv<PersonRow>(options.peopleCsv)
  const companies = await twenty.companies.importMany(companyFile.rows, {
    map: companyMap,
    strategy: options.strategy,
    sourceUpdatedAt,
    onProgress: (progress) => options.onProgress?.('companies', progress),
  })

  const people = await twenty.people.importMany(peopleFile.rows, {
    map: personMap(await companyIdsByDomain(twenty, companyFile.rows, companies)),
    strategy: options.strategy,
    sourceUpdatedAt,
    onProgress: (progress) => options.onProgress?.('people', progress),
  })
  return { companies, people, lines: { companies: companyFile.lines, people: peopleFile.lines } }
}

// Every company row that ended up in the CRM (new, updated, already there, or held for review) has a record id.
// A record the strategy left in the trash (`crmWins`, `lastWriteWins`, `manualReview` do not restore) is marked
// `null`, so its people fail with the reason instead of being linked to a company no one sees.
async function companyIdsByDomain(
  twenty: TwentyClient,
  rows: CompanyRow[],
  report: ImportReport<CompanyRow, Company>,
): Promise<Map<string, string | null>> {
  const ids = new Map<string, string | null>()
  const add = (index: number, id: string | null) => {
    const website = rows[index]?.Website
    if (website) ids.set(domainKey(website), id)
  }
  for (const { index, record } of [...report.created, ...report.updated]) add(index, record.id)
  const kept = [...report.unchanged, ...report.conflicts.map(({ index, recordId }) => ({ index, recordId }))]
  const trashed = new Set<string>()
  // A read sees the trash only when its filter names `deletedAt`; ids go 50 to a request to keep the URL short.
  for (let start = 0; start < kept.length; start += 50) {
    const batch = kept.slice(start, start + 50).map((row) => row.recordId)
    const filter = { id: { in: batch }, deletedAt: { is: 'NOT_NULL' } } as const
    for await (const company of twenty.companies.iterate({ filter })) trashed.add(company.id)
  }
  for (const { index, recordId } of kept) add(index, trashed.has(recordId) ? null : recordId)
  return ids
}
