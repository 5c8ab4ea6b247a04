import { describe, expect, it } from 'vitest'
import { type IsoDateOptions, toIsoDate } from '../../../src/mapping/iso-date.js'
import { TwentyMappingError } from '../../../src/mapping/mapping-error.js'

function mappingErrorOf(run: () => unknown): TwentyMappingError {
  try {
    run()
  } catch (error) {
    if (error instanceof TwentyMappingError) return error
    throw error
  }
  throw new Error('expected a TwentyMappingError')
}

const SAIGON = { timeZone: 'Asia/Ho_Chi_Minh' }
const NEW_YORK = { timeZone: 'America/New_York' }

describe('dates and times to ISO 8601 UTC', () => {
  const cases: [string, Date | number | string, IsoDateOptions, string][] = [
    ['a Date', new Date(Date.UTC(2026, 2, 1, 2, 30)), {}, '2026-03-01T02:30:00.000Z'],
    ['epoch milliseconds', Date.UTC(2026, 2, 1, 2, 30, 15, 250), {}, '2026-03-01T02:30:15.250Z'],
    ['ISO text in UTC', '2026-03-01T02:30:00Z', {}, '2026-03-01T02:30:00.000Z'],
    ['ISO text with a +07:00 offset', '2026-03-01T09:30:00+07:00', {}, '2026-03-01T02:30:00.000Z'],
    ['ISO text with a compact -0500 offset', '2026-03-01T09:30-0500', {}, '2026-03-01T14:30:00.000Z'],
    [
      'an offset that wins over the time zone option',
      '2026-03-01T09:30:00+00:00',
      SAIGON,
      '2026-03-01T09:30:00.000Z',
    ],
    ['a local time in Ho Chi Minh City', '2026-03-01 09:30', SAIGON, '2026-03-01T02:30:00.000Z'],
    [
      'a local time with T, seconds and microseconds',
      '2026-03-01T09:30:15.123456',
      SAIGON,
      '2026-03-01T02:30:15.123Z',
    ],
    ['a date alone, as midnight in Ho Chi Minh City', '2026-03-01', SAIGON, '2026-02-28T17:00:00.000Z'],
    ['a winter time in New York (EST, UTC-5)', '2026-01-15 09:00', NEW_YORK, '2026-01-15T14:00:00.000Z'],
    ['a summer time in New York (EDT, UTC-4)', '2026-07-15 09:00', NEW_YORK, '2026-07-15T13:00:00.000Z'],
    [
      'the last minute before New York springs forward',
      '2026-03-08 01:59',
      NEW_YORK,
      '2026-03-08T06:59:00.000Z',
    ],
    [
      'the first minute after New York springs forward',
      '2026-03-08 03:00',
      NEW_YORK,
      '2026-03-08T07:00:00.000Z',
    ],
    ['a leap day', '2028-02-29', { timeZone: 'UTC' }, '2028-02-29T00:00:00.000Z'],
  ]

  it.each(cases)('converts %s', (_, value, options, iso) => {
    expect(toIsoDate(value, options)).toBe(iso)
  })

  it('moves a time skipped by the New York spring-forward gap one hour later by default, as calendars do', () => {
    expect(toIsoDate('2026-03-08 02:30', NEW_YORK)).toBe('2026-03-08T07:30:00.000Z')
    expect(toIsoDate('2026-03-08 02:30', { ...NEW_YORK, disambiguation: 'later' })).toBe(
      '2026-03-08T07:30:00.000Z',
    )
    expect(toIsoDate('2026-03-08 02:30', { ...NEW_YORK, disambiguation: 'earlier' })).toBe(
      '2026-03-08T06:30:00.000Z',
    )
  })

  it('takes the first of the two New York fall-back 01:30s by default, and the second when asked', () => {
    expect(toIsoDate('2026-11-01 01:30', NEW_YORK)).toBe('2026-11-01T05:30:00.000Z')
    expect(toIsoDate('2026-11-01 01:30', { ...NEW_YORK, disambiguation: 'earlier' })).toBe(
      '2026-11-01T05:30:00.000Z',
    )
    expect(toIsoDate('2026-11-01 01:30', { ...NEW_YORK, disambiguation: 'later' })).toBe(
      '2026-11-01T06:30:00.000Z',
    )
  })

  it('refuses skipped and repeated New York times when disambiguation is reject', () => {
    const reject = { ...NEW_YORK, disambiguation: 'reject' } as const
    expect(mappingErrorOf(() => toIsoDate('2026-03-08 02:30', reject)).message).toMatch(/DST change/)
    expect(mappingErrorOf(() => toIsoDate('2026-11-01 01:30', reject)).message).toMatch(/DST change/)
    expect(toIsoDate('2026-11-01 03:30', reject)).toBe('2026-11-01T08:30:00.000Z')
  })

  const refused: [string, unknown, IsoDateOptions, RegExp][] = [
    ['a local time without a time zone', '2026-03-01 09:30', {}, /has no UTC offset; pass the timeZone/],
    ['a date alone without a time zone', '2026-03-01', {}, /has no UTC offset/],
    [
      'a day-first date whose order is a guess',
      '01/03/2026',
      SAIGON,
      /order of day and month is a guess \(01\/03\/2026 reads both ways\); write it as YYYY-MM-DD/,
    ],
    ['words', 'next Tuesday', SAIGON, /ISO 8601/],
    ['a month that does not exist', '2026-13-01', SAIGON, /month 13 does not exist/],
    ['February 30', '2026-02-30 10:00', SAIGON, /day 30 does not exist/],
    ['February 29 of a common year', '2026-02-29', SAIGON, /day 29 does not exist/],
    ['hour 24', '2026-03-01 24:00', SAIGON, /time of day is out of range/],
    ['an invalid Date', new Date(Number.NaN), {}, /outside the range of dates/],
    ['epoch milliseconds beyond the Date range', 9e15, {}, /outside the range of dates/],
    [
      'an unknown time zone',
      '2026-03-01 09:30',
      { timeZone: 'Asia/Saigon City' },
      /time zone "Asia\/Saigon City" is unknown/,
    ],
    ['a boolean', true, {}, /expected a Date/],
  ]

  it.each(refused)('refuses %s with a TwentyMappingError', (_, value, options, reason) => {
    const error = mappingErrorOf(() => toIsoDate(value as string, options))
    expect(error.message).toMatch(reason)
    expect(error).toMatchObject({ field: 'date', value })
  })

  it('names the caller-given field in the error', () => {
    expect(mappingErrorOf(() => toIsoDate('soon', { field: 'closeDate' })).field).toBe('closeDate')
  })
})
