import type { AnyRecord } from 'twenty-sdk'
import { describe, expect, it } from 'vitest'
import { consentFromField, consentFromLog } from '../src/consent.js'

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

  it('matches emails in the log regardless of their capitalisation', () => {
    const consent = consentFromLog(log('Lan.Nguyen@Example.com,subscribed,2025-01-01T00:00:00Z,form'))

    expect(consent(person(), 'lan.nguyen@example.com')).toMatchObject({ consented: true })
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
