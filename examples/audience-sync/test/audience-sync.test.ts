import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Sandbox, startSandbox } from '@twenty-sdk/sandbox'
import { parse } from 'csv-parse/sync'
import { TwentyClient } from 'twenty-sdk'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { consentFromField, consentFromLog } from '../src/consent.js'
import { exportAudience } from '../src/export-audience.js'
import { SAMPLE_PEOPLE } from '../src/sample-people.js'

let sandbox: Sandbox
let twenty: TwentyClient
let dir: string
let consentLog: string

beforeEach(async () => {
  sandbox = await startSandbox({ port: 0, seed: false })
  twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url })
  dir = await mkdtemp(join(tmpdir(), 'audience-sync-'))
  consentLog = await readFile(new URL('../fixtures/consent-log.csv', import.meta.url), 'utf8')
})

afterEach(async () => {
  await sandbox.close()
  await rm(dir, { recursive: true, force: true })
})

const readAudience = async (file: string) =>
  parse(await readFile(file, 'utf8'), { columns: true }) as Record<string, string>[]

describe('audience-sync', () => {
  it('writes only the consenting people, in newsletter columns with E.164 phones and the opt-in time', async () => {
    await twenty.people.createMany(SAMPLE_PEOPLE)
    const file = join(dir, 'audience.csv')

    const report = await exportAudience(twenty, { consent: consentFromLog(consentLog), file })

    expect(report.exported).toBe(3)
    const rows = await readAudience(file)
    expect(rows.sort((a, b) => (a['Email Address'] ?? '').localeCompare(b['Email Address'] ?? ''))).toEqual([
      {
        'Email Address': 'emily.carter@example.com',
        'First Name': 'Emily',
        'Last Name': 'Carter',
        'Phone Number': '+14155550132',
        City: 'San Francisco',
        'Opt-in Time': '2025-03-05T17:40:00Z',
      },
      {
        'Email Address': 'lan.nguyen@example.com',
        'First Name': 'Lan',
        'Last Name': 'Nguyễn Thị',
        'Phone Number': '+84903123456',
        City: 'Hồ Chí Minh',
        'Opt-in Time': '2025-03-02T08:15:00Z',
      },
      {
        'Email Address': 'michael.johnson@example.com',
        'First Name': 'Michael',
        'Last Name': 'Johnson',
        'Phone Number': '',
        City: '',
        'Opt-in Time': '2025-04-15T07:30:00Z',
      },
    ])
  })

  it('reports each person left out with the reason: withdrawn, never opted in, or no email', async () => {
    await twenty.people.createMany(SAMPLE_PEOPLE)

    const report = await exportAudience(twenty, {
      consent: consentFromLog(consentLog),
      file: join(dir, 'a.csv'),
    })

    const ids = new Map(
      sandbox
        .records('people')
        .map((person) => [(person.name as { firstName: string }).firstName, person.id]),
    )
    expect(report.skipped.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { personId: ids.get('Bảo'), name: 'Bảo Lê', code: 'no_email', reason: 'no email address' },
      {
        personId: ids.get('Hoa'),
        name: 'Hoa Phạm',
        code: 'no_consent',
        reason: 'no opt-in in the consent log',
      },
      {
        personId: ids.get('Minh'),
        name: 'Minh Trần Văn',
        code: 'withdrawn',
        reason: 'unsubscribed on 2025-05-20 (unsubscribe link)',
      },
    ])
  })

  it('reads every page of people, not only the first', async () => {
    const emails = Array.from({ length: 150 }, (_, n) => `subscriber${n}@example.com`)
    await twenty.people.createMany(emails.map((primaryEmail) => ({ emails: { primaryEmail } })))
    const log = [
      'email,status,recorded_at,source',
      ...emails.map((email) => `${email},subscribed,2025-01-01T00:00:00Z,import`),
    ]
    const file = join(dir, 'audience.csv')

    const report = await exportAudience(twenty, { consent: consentFromLog(log.join('\n')), file })

    expect(report).toMatchObject({ exported: 150, skipped: [] })
    expect(new Set((await readAudience(file)).map((row) => row['Email Address']))).toEqual(new Set(emails))
  })

  it('refuses a misspelt consent field that no person record has, and writes no file', async () => {
    await twenty.people.createMany(SAMPLE_PEOPLE)

    await expect(
      exportAudience(twenty, {
        consent: consentFromField('newsletterConsnet'),
        file: join(dir, 'audience.csv'),
      }),
    ).rejects.toThrow('CONSENT_FIELD: no person record has a field named "newsletterConsnet"')
    expect(await readdir(dir)).toEqual([])
  })
})
