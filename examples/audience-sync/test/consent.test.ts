import type { AnyRecord } from 'twenty-sdk'
import { describe, expect, it } from 'vitest'
import { ConsentSourceError, consentFromField, consentFromLog } from '../src/consent.js'

const person = (fields: Record<string, unknown> = {}): AnyRecord => ({
  id: '0b3c9a58-1f0e-4c55-9d2a-3e8f7a6b5c41',
  ...fields,
})
const log = (...lines: string[]) => ['email,status,recorded_at,source', ...lines].join('\n')

describe('consent from a consent log', () => {
  it('lets the latest entry win, so an unsubscribe beats an older opt-in listed after it', () => {
    const consent = consentFromLog(
      log(
        'lan@example.com,unsubscribed,2025-05-01T00:00:00Z,link',
        'lan@example.com,subscribed,2025-01-01T00:00:00Z,form',
      ),
    )

    expect(consent(person(), 'lan@example.com')).toEqual({
      consented: false,
      code: 'withdrawn',
      reason: 'unsubscribed on 2025-05-01 (link)',
    })
  })

  it('restores consent when someone subscribes again after unsubscribing', () => {
    const consent = consentFromLog(
      log(
        'lan@example.com,unsubscribed,2025-05-01T00:00:00Z,link',
        'lan@example.com,subscribed,2025-06-01T00:00:00Z,form',
      ),
    )

    expect(consent(person(), 'lan@example.com')).toEqual({ consented: true, at: '2025-06-01T00:00:00Z' })
  })

  it('withdraws consent for an unsubscribe whose email is written as Name <address>', () => {
    const consent = consentFromLog(
      log(
        'lan@example.com,subscribed,2025-01-01T00:00:00Z,form',
        '"Lan Nguyễn <Lan@Example.com>",unsubscribed,2025-05-01T00:00:00Z,reply to a campaign',
      ),
    )

    expect(consent(person(), 'lan@example.com')).toEqual({
      consented: false,
      code: 'withdrawn',
      reason: 'unsubscribed on 2025-05-01 (reply to a campaign)',
    })
  })

  it('matches emails in the log regardless of their capitalisation', () => {
    const consent = consentFromLog(log('Lan.Nguyen@Example.com,subscribed,2025-01-01T00:00:00Z,form'))

    expect(consent(person(), 'lan.nguyen@example.com')).toMatchObject({ consented: true })
  })

  it('refuses a log with an empty recorded_at, naming its line, rather than let an undated unsubscribe lose', () => {
    const undated = log(
      'minh@example.com,subscribed,2025-02-11T03:00:00Z,event sign-up sheet',
      'minh@example.com,unsubscribed,,unsubscribe link',
    )

    expect(() => consentFromLog(undated)).toThrow(/^consent log line 3: recorded_at "" is not a valid date/)
  })

  it('refuses a log with an unparsable recorded_at, naming its line', () => {
    const unparsable = log(
      'minh@example.com,unsubscribed,last Tuesday,unsubscribe link',
      'minh@example.com,subscribed,2025-02-11T03:00:00Z,event sign-up sheet',
    )

    expect(() => consentFromLog(unparsable)).toThrow(
      /^consent log line 2: recorded_at "last Tuesday" is not a valid date/,
    )
  })

  it('refuses a semicolon-delimited log with a message naming the expected columns', () => {
    const semicolons = [
      'email;status;recorded_at;source',
      'lan@example.com;subscribed;2025-01-01T00:00:00Z;form',
    ].join('\n')

    expect(() => consentFromLog(semicolons)).toThrow(
      'consent log: the header "email;status;recorded_at;source" lacks the columns email, status, recorded_at; ' +
        'expected a comma-separated header email,status,recorded_at,source (is the file delimited with ";"?)',
    )
  })

  it('reads statuses whatever their capitalisation', () => {
    const consent = consentFromLog(
      log(
        'lan@example.com,Subscribed,2025-01-01T00:00:00Z,form',
        'minh@example.com,SUBSCRIBED,2025-01-01T00:00:00Z,form',
        'minh@example.com,Unsubscribed,2025-02-01T00:00:00Z,link',
      ),
    )

    expect(consent(person(), 'lan@example.com')).toEqual({ consented: true, at: '2025-01-01T00:00:00Z' })
    expect(consent(person(), 'minh@example.com')).toMatchObject({ consented: false, code: 'withdrawn' })
  })

  it('refuses a log with an unknown status, naming its line', () => {
    expect(() =>
      consentFromLog(
        log(
          'lan@example.com,subscribed,2025-01-01T00:00:00Z,form',
          'lan@example.com,opted-out,2025-02-01T00:00:00Z,link',
        ),
      ),
    ).toThrow('consent log line 3: status "opted-out" is neither subscribed nor unsubscribed')
  })

  it('names the line a bad entry starts on when an earlier entry spans lines in a quoted cell', () => {
    const multiline = log(
      'lan@example.com,subscribed,2025-01-01T00:00:00Z,"paper form,\r\nscanned"',
      'minh@example.com,maybe,2025-01-01T00:00:00Z,form',
    )

    expect(() => consentFromLog(multiline)).toThrow(/^consent log line 4: status "maybe"/)
  })

  it('lets an unsubscribe win over an opt-in recorded at the same instant', () => {
    const consent = consentFromLog(
      log(
        'lan@example.com,subscribed,2025-05-01T00:00:00Z,form',
        'lan@example.com,unsubscribed,2025-05-01T00:00:00Z,link',
      ),
    )

    expect(consent(person(), 'lan@example.com')).toMatchObject({ consented: false, code: 'withdrawn' })
  })

  it('treats an email missing from the log as no consent', () => {
    expect(consentFromLog(log())(person(), 'hoa@example.com')).toEqual({
      consented: false,
      code: 'no_consent',
      reason: 'no opt-in in the consent log',
    })
  })
})

describe('consent from a custom field', () => {
  it('grants consent only when the boolean field is true, with the time from the date field', () => {
    const consent = consentFromField('newsletterConsent', { dateField: 'newsletterConsentAt' })

    expect(
      consent(
        person({ newsletterConsent: true, newsletterConsentAt: '2025-03-02T08:15:00.000Z' }),
        'a@example.com',
      ),
    ).toEqual({
      consented: true,
      at: '2025-03-02T08:15:00.000Z',
    })
    expect(consent(person({ newsletterConsent: false }), 'a@example.com')).toMatchObject({
      consented: false,
      code: 'no_consent',
    })
    expect(consent(person(), 'a@example.com')).toEqual({
      consented: false,
      code: 'no_consent',
      reason: 'newsletterConsent is not checked',
    })
  })
})

describe('consent from a custom field that does not exist', () => {
  it('fails the check when no person record has the field at all, naming it', () => {
    const consent = consentFromField('newsletterConsnet')
    consent(person({ newsletterConsent: true }), 'a@example.com')
    consent(person({ newsletterConsent: false }), 'b@example.com')

    expect(() => consent.check?.()).toThrow(ConsentSourceError)
    expect(() => consent.check?.()).toThrow(
      'CONSENT_FIELD: no person record has a field named "newsletterConsnet" (did you mean "newsletterConsent"?)',
    )
  })

  it('passes the check when the field exists, even if it is empty on some records', () => {
    const consent = consentFromField('newsletterConsent')
    consent(person({ newsletterConsent: null }), 'a@example.com')
    consent(person({ newsletterConsent: true }), 'b@example.com')

    expect(() => consent.check?.()).not.toThrow()
  })
})
