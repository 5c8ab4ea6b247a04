// Wall-clock time in an IANA time zone ↔ UTC instants, with `Intl.DateTimeFormat` only (no date library, and
// Temporal is not yet in every supported Node version).

/** What to do when a local time falls in a DST gap or overlap; the same choices as `Temporal`. */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject'

/** Calendar date and wall-clock time, without a zone. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Returns a formatter for the zone, or throws the `RangeError` of `Intl` for an unknown zone. */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall time as milliseconds on a UTC timeline, which makes offsets simple subtractions. */
export function wallTimeToUtcMs(wall: WallTime): number {
  const date = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day)
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond)
  return date.getTime()
}

// The zone's UTC offset in ms at an instant: its wall time read as UTC, minus the instant.
function offsetAt(instant: number, timeZone: string): number {
  const parts: Record<string, string> = {}
  for (const part of zoneFormatter(timeZone).formatToParts(instant)) parts[part.type] = part.value
  const year = Number(parts.year)
  const wall = wallTimeToUtcMs({
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: 0,
  })
  const wholeSecond = instant - (((instant % 1000) + 1000) % 1000)
  return wall - wholeSecond
}

const DAY_MS = 86_400_000

/**
 * The UTC instant (epoch ms) of a wall time in a zone, or `undefined` when the time does not exist there (a
 * DST gap) and `disambiguation` is `reject`, or is ambiguous (an overlap) and `disambiguation` is `reject`.
 *
 * A zone's offset changes at most once within a day around any instant in practice, so the candidates are the
 * wall time minus the offset a day before and a day after; a candidate is real when it reads back as the wall
 * time. `compatible` picks the earlier instant in an overlap and moves forward by the gap's length in a gap,
 * as `Temporal` and most calendars do.
 */
export function wallTimeToInstant(
  wall: WallTime,
  timeZone: string,
  disambiguation: Disambiguation,
): number | undefined {
  const local = wallTimeToUtcMs(wall)
  const offsetBefore = offsetAt(local - DAY_MS, timeZone)
  const offsetAfter = offsetAt(local + DAY_MS, timeZone)
  const candidates = [...new Set([local - offsetBefore, local - offsetAfter])]
    .filter((instant) => instant + offsetAt(instant, timeZone) === local)
    .sort((a, b) => a - b)
  const [first, second] = candidates
  if (first !== undefined && second === undefined) return first
  if (disambiguation === 'reject') return undefined
  if (first !== undefined && second !== undefined) return disambiguation === 'later' ? second : first
  // In a gap: `compatible` and `later` apply the offset from before the change (02:30 → 03:30 in New York).
  return disambiguation === 'earlier' ? local - offsetAfter : local - offsetBefore
}
