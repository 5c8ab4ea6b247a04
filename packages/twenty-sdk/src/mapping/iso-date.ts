import { describeValue, TwentyMappingError } from './mapping-error.js'
import {
  type Disambiguation,
  type WallTime,
  wallTimeToInstant,
  wallTimeToUtcMs,
  zoneFormatter,
} from './time-zone.js'

export type { Disambiguation } from './time-zone.js'

/** Options of {@link toIsoDate}. */
export interface IsoDateOptions {
  /**
   * IANA time zone (`Asia/Ho_Chi_Minh`, `America/New_York`) of local date-times such as `2026-03-01 09:30` and
   * of date-only values. Values with `Z` or an offset ignore it. Without it, local values are refused rather
   * than guessed, because the machine's zone is rarely the zone the data was written in.
   */
  timeZone?: string
  /**
   * A local time that does not exist (skipped by a DST change) or exists twice (repeated by one):
   * `compatible` (default) moves forward across a gap and takes the first of two, like `Temporal` and most
   * calendars; `earlier` and `later` pick explicitly; `reject` refuses both.
   */
  disambiguation?: Disambiguation
  /** Field name used in a {@link TwentyMappingError}; defaults to `date`. */
  field?: string
}

// 2026-03-01, 2026-03-01T09:30, 2026-03-01 09:30:15.250, 2026-03-01T09:30:00+07:00, …Z
const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i

const ACCEPTED_FORMS =
  'expected a Date, epoch milliseconds, or ISO 8601 text such as 2026-03-01, 2026-03-01 09:30 or 2026-03-01T09:30:00+07:00'

/**
 * Converts a date or date-time into the ISO 8601 UTC string Twenty's DATE_TIME fields take
 * (`2026-03-01T02:30:00.000Z`).
 *
 * Accepts a `Date`, epoch milliseconds, ISO text with `Z` or an offset, and local text without one (`2026-03-01
 * 09:30`, or `2026-03-01` for midnight), which is read in `timeZone`; DST gaps and overlaps follow `disambiguation`.
 * Other forms, such as `03/01/2026`, are refused because day and month order is a guess (`13/01/2026` too: the
 * order belongs to the file, and the message names the one reading such a value has), and so are numbers below
 * 1e10 (before 26 April 1970 as milliseconds), which are Excel serial days or epoch seconds far more often.
 *
 * @throws {@link TwentyMappingError} (code `MAPPING_FAILED`) for text in another form, an invalid `Date`, a date
 * that does not exist (`2026-02-30`), a number below 1e10, local text without a `timeZone`, or an unknown time zone.
 *
 * @example
 * toIsoDate('2026-03-01 09:30', { timeZone: 'Asia/Ho_Chi_Minh' }) // '2026-03-01T02:30:00.000Z'
 */
export function toIsoDate(value: Date | number | string, options: IsoDateOptions = {}): string {
  const field = options.field ?? 'date'
  const refuse = (reason: string, cause?: unknown): TwentyMappingError =>
    new TwentyMappingError({
      field,
      value,
      message: `${describeValue(value)} is not a valid date: ${reason}`,
      cause,
    })
  if (options.timeZone !== undefined) {
    try {
      zoneFormatter(options.timeZone)
    } catch (error) {
      throw refuse(
        `the time zone ${JSON.stringify(options.timeZone)} is unknown (expected an IANA name such as Europe/Paris)`,
        error,
      )
    }
  }
  let instant: number | string
  if (value instanceof Date) instant = value.getTime()
  else if (typeof value === 'number') instant = instantOfNumber(value)
  else if (typeof value === 'string') instant = instantOfText(value, options)
  else instant = ACCEPTED_FORMS
  if (typeof instant === 'string') throw refuse(instant)
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) throw refuse(`it is outside the range of dates (${ACCEPTED_FORMS})`)
  return date.toISOString()
}

// Below 1e10 ms (26 April 1970) a number is almost surely not epoch milliseconds: Excel serial days (45750 is
// 3 April 2025) and epoch seconds (1743638400) are, and read as milliseconds they land silently in January 1970.
const SMALLEST_EPOCH_MS = 1e10

function instantOfNumber(value: number): number | string {
  if (!Number.isFinite(value) || Math.abs(value) >= SMALLEST_EPOCH_MS) return value
  return (
    'it is too small for epoch milliseconds; it looks like an Excel serial date or epoch seconds. ' +
    'Convert it first (seconds × 1000), or pass new Date(value) for a time in early 1970'
  )
}

// The epoch milliseconds of ISO text, or the reason it has none.
function instantOfText(text: string, options: IsoDateOptions): number | string {
  const match = ISO_PATTERN.exec(text.trim())
  if (match === null) return unreadableText(text.trim())
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', offset] = match
  const wall: WallTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    millisecond: Number(fraction.slice(0, 3).padEnd(3, '0')),
  }
  const fieldProblem = checkRanges(wall)
  if (fieldProblem !== undefined) return fieldProblem
  if (offset !== undefined) {
    const offsetValue = offsetMs(offset)
    if (offsetValue === undefined) return `the UTC offset ${offset} is beyond ±14:00, which no time zone uses`
    return wallTimeToUtcMs(wall) - offsetValue
  }
  if (options.timeZone === undefined) {
    return 'it has no UTC offset; pass the timeZone it was written in (e.g. { timeZone: "Asia/Ho_Chi_Minh" })'
  }
  const instant = wallTimeToInstant(wall, options.timeZone, options.disambiguation ?? 'compatible')
  return instant ?? `this local time does not exist or exists twice in ${options.timeZone} (a DST change)`
}

function unreadableText(text: string): string {
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(text)
  if (numeric) return numericDateProblem(text, Number(numeric[1]), Number(numeric[2]), numeric[3] ?? '')
  if (/^\d{1,6}([.,]\d+)?$/.test(text))
    return `it looks like an Excel serial date, a number of days; format the column as a date (YYYY-MM-DD) first`
  return ACCEPTED_FORMS
}

// `13/01/2026` has one reading, but the order of day and month belongs to the file, not the value: reading it would
// import the 13th of a day-first file and refuse its 12th, or misread a month-first one. So every such value is
// refused, with the one reading it has (which the user can check against the file) or the reason it has none.
function numericDateProblem(text: string, first: number, second: number, year: string): string {
  // Only for checking that a day exists: a two-digit year keeps its leap years in the 2000s.
  const calendarYear = year.length === 4 ? Number(year) : 2000 + Number(year)
  const exists = (day: number, month: number) =>
    checkRanges({ year: calendarYear, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }) ===
    undefined
  const readings = [
    { day: first, month: second },
    { day: second, month: first },
  ].filter(({ day, month }, index) => exists(day, month) && (index === 0 || first !== second))
  const [reading] = readings
  if (reading === undefined)
    return 'neither day-month nor month-day order gives a date; write it as YYYY-MM-DD, e.g. 2026-03-01'
  if (readings.length > 1)
    return `the order of day and month is a guess (${text} reads both ways); write it as YYYY-MM-DD, e.g. 2026-03-01`
  const pad = (part: number) => String(part).padStart(2, '0')
  const iso =
    year.length === 4
      ? `${year}-${pad(reading.month)}-${pad(reading.day)}`
      : `YYYY-MM-DD (day ${reading.day}, month ${reading.month})`
  return `only YYYY-MM-DD is read, since the order of day and month varies between files; write it as ${iso}`
}

function checkRanges(wall: WallTime): string | undefined {
  if (wall.month < 1 || wall.month > 12) return `month ${wall.month} does not exist`
  // Day 0 of the next month is the last day of this one (at midnight, so an hour of 24 cannot roll it over).
  const midnight = { ...wall, month: wall.month + 1, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0 }
  const daysInMonth = new Date(wallTimeToUtcMs(midnight)).getUTCDate()
  if (wall.day < 1 || wall.day > daysInMonth) return `day ${wall.day} does not exist in that month`
  if (wall.hour > 23 || wall.minute > 59 || wall.second > 59) return 'the time of day is out of range'
  return undefined
}

// "Z", "+07", "+0700" or "+07:00" → milliseconds east of UTC; `undefined` beyond what any zone uses.
function offsetMs(offset: string): number | undefined {
  if (offset.toUpperCase() === 'Z') return 0
  const sign = offset.startsWith('-') ? -1 : 1
  const digits = offset.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = Number(digits.slice(2, 4) || '0')
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return undefined
  return sign * (hours * 60 + minutes) * 60_000
}
