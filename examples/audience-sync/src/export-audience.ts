// Walks every person in the workspace, keeps those with an email and consent, and writes them as a CSV in the
// column names newsletter tools import (Mailchimp's; rename the columns for yours).
import { writeFile } from 'node:fs/promises'
import { stringify } from 'csv-stringify/sync'
import type { AnyRecord, Person, TwentyClient } from 'twenty-sdk'
import type { ConsentSource } from './consent.js'

/** Standard person fields plus whatever custom fields the workspace added (consent, for one). */
type PersonRecord = Person & AnyRecord

export interface SkippedPerson {
  personId: string
  name: string
  code: 'no_email' | 'no_consent' | 'withdrawn'
  reason: string
}

export interface AudienceReport {
  file: string
  exported: number
  skipped: SkippedPerson[]
}

const COLUMNS = ['Email Address', 'First Name', 'Last Name', 'Phone Number', 'City', 'Opt-in Time'] as const

/**
 * Writes the audience CSV to `file` and returns who was left out and why. Pages through people with
 * `iterate()`, so a workspace of any size is read with constant memory and Twenty's page limits respected.
 * Throws the consent source's `ConsentSourceError`, writing no file, when its `check()` fails.
 */
export async function exportAudience(
  twenty: TwentyClient,
  options: { consent: ConsentSource; file: string },
): Promise<AudienceReport> {
  const rows: Record<(typeof COLUMNS)[number], string>[] = []
  const skipped: SkippedPerson[] = []
  const people = twenty.records<PersonRecord>('people').iterate({ orderBy: { createdAt: 'AscNullsFirst' } })
  for await (const person of people) {
    const name = [person.name?.firstName, person.name?.lastName].filter(Boolean).join(' ')
    const email = person.emails?.primaryEmail?.trim().toLowerCase()
    if (!email) {
      skipped.push({ personId: person.id, name, code: 'no_email', reason: 'no email address' })
      continue
    }
    const decision = options.consent(person, email)
    if (!decision.consented) {
      skipped.push({ personId: person.id, name, code: decision.code, reason: decision.reason })
      continue
    }
    const phones = person.phones
    rows.push({
      'Email Address': email,
      'First Name': person.name?.firstName ?? '',
      'Last Name': person.name?.lastName ?? '',
      // E.164 (+84903123456), the one form every newsletter tool reads without guessing the country.
      'Phone Number': phones?.primaryPhoneNumber
        ? `${phones.primaryPhoneCallingCode ?? ''}${phones.primaryPhoneNumber}`
        : '',
      City: person.city ?? '',
      'Opt-in Time': decision.at ?? '',
    })
  }
  // Before the file: a source that could not have decided anyone (a misspelt field) must not empty the list.
  options.consent.check?.()
  await writeFile(options.file, stringify(rows, { header: true, columns: [...COLUMNS] }))
  return { file: options.file, exported: rows.length, skipped }
}
