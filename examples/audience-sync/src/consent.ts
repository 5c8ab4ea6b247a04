// Who may receive the newsletter. In a real workspace consent is usually a custom field on people (say a
// boolean `newsletterConsent`), which `twenty.records('people')` returns as-is. The sandbox has only Twenty's
// standard fields, so the default source here is the consent log your form or email tool keeps (one line per
// opt-in or opt-out). Both are the same shape, a ConsentSource, so switching is one line in main.ts.
import { parse } from 'csv-parse/sync'
import type { AnyRecord } from 'twenty-sdk'

export type ConsentDecision =
  | { consented: true; at?: string }
  | { consented: false; code: 'no_consent' | 'withdrawn'; reason: string }

/** Decides for one person record (with its primary email already read and lower-cased). */
export type ConsentSource = (person: AnyRecord, email: string) => ConsentDecision

interface ConsentLogEntry {
  email: string
  status: 'subscribed' | 'unsubscribed'
  recorded_at: string
  source: string
}

/**
 * Consent from a log of opt-ins and opt-outs (CSV: email, status, recorded_at, source). The latest entry per
 * email wins, whatever the file order, so an unsubscribe always beats an older subscription.
 */
export function consentFromLog(csv: string): ConsentSource {
  const latest = new Map<string, ConsentLogEntry>()
  for (const entry of parse(csv, {
    columns: true,
    bom: true,
    trim: true,
    skip_empty_lines: true,
  }) as ConsentLogEntry[]) {
    const email = entry.email.toLowerCase()
    const previous = latest.get(email)
    if (!previous || Date.parse(entry.recorded_at) > Date.parse(previous.recorded_at))
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
 * Consent from a custom BOOLEAN field on people, e.g. `consentFromField('newsletterConsent')`, optionally with a
 * DATE_TIME field holding when it was given. Anything but `true` counts as no consent.
 */
export function consentFromField(field: string, options: { dateField?: string } = {}): ConsentSource {
  return (person) => {
    if (person[field] !== true)
      return { consented: false, code: 'no_consent', reason: `${field} is not checked` }
    const at = options.dateField ? person[options.dateField] : undefined
    return typeof at === 'string' ? { consented: true, at } : { consented: true }
  }
}
