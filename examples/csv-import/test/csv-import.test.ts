import { readFile } from 'node:fs/promises'
import { type Sandbox, startSandbox } from '@twenty-sdk/sandbox'
import { type ConflictStrategy, TwentyClient } from 'twenty-sdk'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { importContacts } from '../src/import-contacts.js'
import { printReport } from '../src/print-report.js'

let sandbox: Sandbox
let twenty: TwentyClient
const files = { companiesCsv: '', peopleCsv: '' }

beforeEach(async () => {
  sandbox = await startSandbox({ port: 0, seed: false })
  twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url })
  const read = (name: string) => readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
  files.companiesCsv = await read('companies.csv')
  files.peopleCsv = await read('people.csv')
})

afterEach(() => sandbox.close())

const runImport = (strategy: ConflictStrategy) => importContacts(twenty, { ...files, strategy })
const personByEmail = (email: string) =>
  sandbox
    .records('people')
    .find((person) => (person.emails as { primaryEmail: string }).primaryEmail === email)

describe('csv-import', () => {
  it('imports companies with VND and USD revenue in micros, and people with +84 and +1 phones linked to them', async () => {
    const report = await runImport('crmWins')

    expect(report.companies.counts).toMatchObject({ created: 3, failed: 1 })
    expect(report.people.counts).toMatchObject({ created: 5, skipped: 2, failed: 3 })
    const companies = new Map(sandbox.records('companies').map((company) => [company.name, company]))
    expect(companies.get('Saigon Coffee Roasters')?.annualRecurringRevenue).toEqual({
      amountMicros: 8_500_000_000_000_000,
      currencyCode: 'VND',
    })
    expect(companies.get('Bay Area Bikes')?.annualRecurringRevenue).toEqual({
      amountMicros: 2_400_000_000_000,
      currencyCode: 'USD',
    })
    expect(personByEmail('an.nguyen@saigonroasters.example')).toMatchObject({
      name: { firstName: 'Văn An', lastName: 'Nguyễn' },
      phones: {
        primaryPhoneNumber: '903123456',
        primaryPhoneCountryCode: 'VN',
        primaryPhoneCallingCode: '+84',
      },
      companyId: companies.get('Saigon Coffee Roasters')?.id,
    })
    expect(personByEmail('bich.tran@hanoitea.example')?.companyId).toBe(companies.get('Hanoi Tea House')?.id)
    expect(personByEmail('emily.carter@bayareabikes.example')).toMatchObject({
      name: { firstName: 'Emily', lastName: 'Carter' },
      phones: {
        primaryPhoneNumber: '4155550132',
        primaryPhoneCountryCode: 'US',
        primaryPhoneCallingCode: '+1',
      },
      companyId: companies.get('Bay Area Bikes')?.id,
    })
  })

  it('fails the people of a company the strategy keeps in the trash, naming it, rather than linking them to it', async () => {
    const deleted = await twenty.companies.create({
      name: 'Saigon Coffee Roasters',
      domainName: { primaryLinkUrl: 'saigonroasters.example' },
    })
    await twenty.companies.delete(deleted.id)

    const report = await runImport('crmWins')

    expect(sandbox.records('people').filter((person) => person.companyId === deleted.id)).toEqual([])
    expect(report.people.failed.map((row) => row.reason)).toContain(
      'mapping: companyId: the company with the website saigonroasters.example is in the trash; restore it, or import with externalWins',
    )
  })

  it('reports every bad row with its CSV line and reason while the good rows go in', async () => {
    const report = await runImport('crmWins')

    const lines = (object: 'companies' | 'people', rows: { index: number; reason: string }[]) =>
      rows.map((row) => [report.lines[object][row.index], row.reason])
    expect(lines('companies', report.companies.failed)).toEqual([
      [5, expect.stringContaining('"about 3 billion" is not a valid amount')],
    ])
    expect(lines('people', report.people.failed)).toEqual([
      [8, expect.stringContaining('"012 345 678" is not a valid phone number')],
      [9, expect.stringContaining('not a valid email address: "sarah.lee@"')],
      [11, expect.stringContaining('no imported company has the website mekonglogistics.example')],
    ])
    expect(lines('people', report.people.skipped)).toEqual([
      [7, expect.stringContaining('duplicate')],
      [10, 'no emails.primaryEmail to match on'],
    ])
    // The duplicate names the row it repeats, which the printed report turns into its line.
    expect(
      report.people.skipped.map((row) => row.duplicateOf && report.lines.people[row.duplicateOf]),
    ).toEqual([5, undefined])
    expect(sandbox.records('people')).toHaveLength(5)
  })

  it('finds everything unchanged when the same files are imported again', async () => {
    await runImport('crmWins')
    const again = await runImport('crmWins')

    expect(again.companies.counts).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
    expect(again.people.counts).toMatchObject({ created: 0, updated: 0, unchanged: 5 })
    expect(sandbox.records('people')).toHaveLength(5)
  })

  it('with externalWins, brings a person deleted in the CRM back from the trash and says which line did', async () => {
    const deleted = await twenty.people.create({
      name: { firstName: 'An', lastName: 'Nguyễn' },
      emails: { primaryEmail: 'an.nguyen@saigonroasters.example' },
    })
    await twenty.people.delete(deleted.id)
    const printed = vi.spyOn(console, 'log').mockImplementation(() => {})
    vi.spyOn(console, 'table').mockImplementation(() => {})

    const report = await runImport('externalWins')
    printReport(report)

    expect(report.people.counts).toMatchObject({ created: 4, updated: 1 })
    expect(personByEmail('an.nguyen@saigonroasters.example')).toMatchObject({
      id: deleted.id,
      deletedAt: null,
    })
    const lines = printed.mock.calls.map(([text]) => String(text))
    expect(lines.filter((text) => text.includes('restored from the trash'))).toEqual([
      expect.stringMatching(/^↺ people\.csv line \d+: restored from the trash/),
    ])
  })

  it('imports every row when the progress display throws, and the printed report says the display was stopped', async () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => {})
    vi.spyOn(console, 'table').mockImplementation(() => {})

    const report = await importContacts(twenty, {
      ...files,
      strategy: 'crmWins',
      onProgress: () => {
        throw new Error('terminal gone')
      },
    })
    printReport(report)

    expect(report.people.counts).toMatchObject({ created: 5 })
    const lines = printed.mock.calls.map(([text]) => String(text))
    expect(lines).toContain('! people: the progress display failed and was stopped: Error: terminal gone')
  })

  it('with crmWins, keeps what a salesperson already entered and only fills the fields left empty', async () => {
    await twenty.people.create({
      name: { firstName: 'An', lastName: 'Nguyễn' },
      emails: { primaryEmail: 'an.nguyen@saigonroasters.example' },
      city: 'Đà Lạt',
    })

    const report = await runImport('crmWins')

    expect(report.people.counts).toMatchObject({ created: 4, updated: 1 })
    expect(personByEmail('an.nguyen@saigonroasters.example')).toMatchObject({
      name: { firstName: 'An', lastName: 'Nguyễn' },
      city: 'Đà Lạt',
      jobTitle: 'CEO',
      phones: { primaryPhoneNumber: '903123456' },
    })
  })

  it('with manualReview, leaves a differing record untouched and lists each field that differs', async () => {
    await twenty.people.create({
      emails: { primaryEmail: 'emily.carter@bayareabikes.example' },
      jobTitle: 'CEO',
    })

    const report = await runImport('manualReview')

    expect(report.people.conflicts).toEqual([
      expect.objectContaining({
        index: 3,
        fields: expect.arrayContaining([{ field: 'jobTitle', crm: 'CEO', incoming: 'COO' }]),
      }),
    ])
    expect(personByEmail('emily.carter@bayareabikes.example')).toMatchObject({
      jobTitle: 'CEO',
      phones: { primaryPhoneNumber: '' },
    })
  })

  it('reports the file line a row starts on when an earlier quoted cell spans several lines', async () => {
    const [header] = files.peopleCsv.split('\n')
    const peopleCsv = [
      header,
      'Nguyễn Văn An,an.nguyen@saigonroasters.example,0903 123 456,VN,Hồ Chí Minh,"CEO',
      '(founder, since 2019)",saigonroasters.example,2025-05-02 10:20',
      'Sarah Lee,sarah.lee@,(212) 555-0199,US,New York,Buyer,bayareabikes.example,2025-05-10 13:30',
    ].join('\n')
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    vi.spyOn(console, 'table').mockImplementation(() => {})

    try {
      printReport(await importContacts(twenty, { ...files, peopleCsv, strategy: 'crmWins' }))
    } finally {
      vi.restoreAllMocks()
    }

    expect(log.mock.calls.map(([line]) => line)).toContainEqual(
      expect.stringMatching(/^✗ people\.csv line 4: .*"sarah\.lee@"/),
    )
  })

  it('reads a Vietnamese name family name first when the country code is written in lower case', async () => {
    const [header] = files.peopleCsv.split('\n')
    const peopleCsv = [
      header,
      'Nguyễn Văn An,an.nguyen@saigonroasters.example,0903 123 456,vn,Hồ Chí Minh,CEO,saigonroasters.example,2025-05-02 10:20',
    ].join('\n')

    await importContacts(twenty, { ...files, peopleCsv, strategy: 'crmWins' })

    expect(personByEmail('an.nguyen@saigonroasters.example')).toMatchObject({
      name: { firstName: 'Văn An', lastName: 'Nguyễn' },
      phones: { primaryPhoneNumber: '903123456', primaryPhoneCountryCode: 'VN' },
    })
  })
})
