// Who may receive the newsletter. In a real workspace consent is usually a custom field on people (say a
// boolean `newsletterConsent`), which `twenty.records('people')` returns as-is. The sandbox has only Twenty's
// standard fields, so the default source here is the consent log your form or email tool keeps (one line per
// opt-in or opt-out). Both are the same shape, a ConsentSource, so switching is one line in main.ts.
import { parse } from 'csv-parse/sync'
import type { AnyRecord } from 'twenty-sdk'
import { isTwentyMappingError, toEmails, toIsoDate } from 'twenty-sdk/mapping'

export type ConsentDecision =
  | { consented: true; at?: string }
  | { consented: false; code: 'no_consent' | 'withdrawn'; reason: string }

/** Decides for one person record (with its primary email already read and lower-cased). */
export interface ConsentSource {
  (person: AnyRecord, email: string): ConsentDecision
  /**
   * Called once every person has been decided, before anything is written: throws a {@link ConsentSourceError}
   * when the answers cannot be trusted (a consent field that no record has, for one).
   */
  check?(): void
}

/** The consent source cannot be used as given: a log that cannot be trusted, a field that does not exist. */
export class ConsentSourceError extends Error {
  override readonly name = 'ConsentSourceError'
}

interface ConsentLogEntry {
  email: string
  status: 'subscribed' | 'unsubscribed'
  recorded_at: string
  /** `recorded_at` as epoch milliseconds, so entries compare as instants whatever their offsets. */
  at: number
  source: string
}

const COLUMNS = ['email', 'status', 'recorded_at', 'source'] as const
const REQUIRED_COLUMNS = ['email', 'status', 'recorded_at'] as const

/**
 * Consent from a log of opt-ins and opt-outs (CSV: email, status, recorded_at, source). The latest entry per
 * email wins, whatever the file order, so an unsubscribe always beats an older subscription, and an unsubscribe
 * beats a subscription recorded at the same instant.
 *
 * A log that cannot be read that way is refused whole with a {@link ConsentSourceError} naming the line: a
 * missing column, a status other than subscribed or unsubscribed (in any capitalisation), or a `recorded_at`
 * that is empty or not an ISO 8601 date-time with an offset. An undatable line could be the unsubscribe that
 * should win, so guessing its place would risk mailing someone who withdrew consent.
 */
export function consentFromLog(csv: string): ConsentSource {
  const latest = new Map<string, ConsentLogEntry>()
  for (const { record, line } of readLog(csv)) {
    const refuse = (problem: string) => new ConsentSourceError(`consent log line ${line}: ${problem}`)
    const email = logAddress(record.email)
    // A line without an email names no one, so it can neither grant nor withdraw anyone's consent.
    if (!email) continue
    const status = record.status?.toLowerCase()
    if (status !== 'subscribed' && status !== 'unsubscribed')
      throw refuse(`status ${JSON.stringify(record.status ?? '')} is neither subscribed nor unsubscribed`)
    const recordedAt = record.recorded_at ?? ''
    let at: number
    try {
      at = Date.parse(toIsoDate(recordedAt, { field: 'recorded_at' }))
    } catch (error) {
      if (!isTwentyMappingError(error)) throw error
      throw refuse(
        `recorded_at ${JSON.stringify(recordedAt)} is not a valid date; expected an ISO 8601 date-time with Z ` +
          'or an offset, such as 2025-03-02T08:15:00Z',
      )
    }
    const entry: ConsentLogEntry = { email, status, recorded_at: recordedAt, at, source: record.source ?? '' }
    const previous = latest.get(email)
    if (!previous || entry.at > previous.at || (entry.at === previous.at && entry.status === 'unsubscribed'))
      latest.set(email, entry)
  }
  return (_person, email) => {
    const entry = latest.get(email)
    if (!entry) return { consented: false, code: 'no_consent', reason: 'no opt-in in the consent log' }
    if (entry.status === 'subscribed') return { consented: true, at: entry.recorded_at }
    return {
      consented: false,
      code: 'withdrawn',
      reason: `unsubscribed on ${entry.recorded_at.slice(0, 10)} (${entry.source})`,
    }
  }
}

/**
 * The address of a log line as the person's primary email is compared: lower-cased, and without the display name
 * of `Name <address>` (or a `mailto:`), so an unsubscribe written that way still withdraws consent. A cell
 * `toEmails` cannot read is kept as written: it matches no one, as before.
 */
function logAddress(cell: string | undefined): string {
  const text = cell?.trim() ?? ''
  if (!text) return ''
  try {
    return toEmails(text).primaryEmail
  } catch (error) {
    if (!isTwentyMappingError(error)) throw error
    return text.toLowerCase()
  }
}

// The log's rows, each with the file line it starts on, for messages a person can act on.
function readLog(csv: string): { record: Partial<Record<string, string>>; line: number }[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[]
  try {
    rows = parse(csv, { columns: checkHeader, bom: true, trim: true, skip_empty_lines: true, info: true })
  } catch (error) {
    if (error instanceof ConsentSourceError) throw error
    throw new ConsentSourceError(`consent log: ${(error as Error).message}`, { cause: error })
  }
  // csv-parse's `info.lines` is the line a row ends on, and it counts a CRLF inside a quoted cell as two lines:
  // taking away the row's own line breaks, and the extra count of earlier CRLFs, gives the line it starts on.
  let extra = 0
  return rows.map(({ record, info }) => {
    const cells = Object.values(record).join('\u0000')
    const line = info.lines - extra - (cells.match(/[\r\n]/g)?.length ?? 0)
    extra += cells.match(/\r\n/g)?.length ?? 0
    return { record, line }
  })
}

function checkHeader(header: string[]): string[] {
  const columns = header.map((column) => column.toLowerCase())
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column))
  if (missing.length === 0) return columns
  const raw = header.join(',')
  const delimiter = [';', '\t', '|'].find((candidate) => raw.includes(candidate))
  throw new ConsentSourceError(
    `consent log: the header ${JSON.stringify(raw)} lacks the columns ${missing.join(', ')}; ` +
      `expected a comma-separated header ${COLUMNS.join(',')}` +
      (delimiter ? ` (is the file delimited with ${JSON.stringify(delimiter)}?)` : ''),
  )
}

/**
 * Consent from a custom BOOLEAN field on people, e.g. `consentFromField('newsletterConsent')`, optionally with a
 * DATE_TIME field holding when it was given. Anything but `true` counts as no consent. Twenty returns every
 * field of a record, empty ones as `null`, so when people were read and none has the field at all its name is
 * wrong: `check()` then throws a {@link ConsentSourceError} rather than report everyone as not checked.
 */
export function consentFromField(field: string, options: { dateField?: string } = {}): ConsentSource {
  let peopleRead = 0
  let withField = 0
  const keys = new Set<string>()
  const source: ConsentSource = (person) => {
    peopleRead++
    if (Object.hasOwn(person, field)) withField++
    else for (const key of Object.keys(person)) keys.add(key)
    if (person[field] !== true)
      return { consented: false, code: 'no_consent', reason: `${field} is not checked` }
    const at = options.dateField ? person[options.dateField] : undefined
    return typeof at === 'string' ? { consented: true, at } : { consented: true }
  }
  source.check = () => {
    if (peopleRead === 0 || withField > 0) return
    const guess = closestKey(field, keys)
    throw new ConsentSourceError(
      `CONSENT_FIELD: no person record has a field named ${JSON.stringify(field)}` +
        (guess
          ? ` (did you mean ${JSON.stringify(guess)}?)`
          : '; check its API name in Settings → Data model'),
    )
  }
  return source
}

// The record key within two edits of the name given (a typo or a case slip), if any.
function closestKey(field: string, keys: Iterable<string>): string | undefined {
  let best: { key: string; distance: number } | undefined
  for (const key of keys) {
    const distance = editDistance(field.toLowerCase(), key.toLowerCase())
    if (distance <= 2 && (!best || distance < best.distance)) best = { key, distance }
  }
  return best?.key
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
