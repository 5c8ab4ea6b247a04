import { expect, it } from 'vitest'
import { toIsoDate } from '../../../src/mapping/index.js'

it('refuses a day-first date whose day is above 12 without claiming it reads both ways, naming its ISO form', () => {
  expect(() => toIsoDate('13/01/2026', { timeZone: 'Europe/Paris' })).toThrow(
    /only YYYY-MM-DD is read.*write it as 2026-01-13/,
  )
  expect(() => toIsoDate('13/01/2026', { timeZone: 'Europe/Paris' })).not.toThrow(/reads both ways/)
})

it('names the month-first reading of a date whose second number is above 12', () => {
  expect(() => toIsoDate('01/13/2026')).toThrow(/write it as 2026-01-13/)
})

it('refuses without a suggestion a date that is no date in either order', () => {
  const read = () => toIsoDate('31/02/2026')
  expect(read).toThrow(/neither day-month nor month-day order gives a date/)
  expect(read).not.toThrow(/reads both ways/)
})
