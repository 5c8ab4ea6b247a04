/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined
  const text = value.trim()
  // Delta-seconds are digits only (RFC 9110 §10.2.3); a fraction is tolerated. `Number()` would also take
  // `0x10`, `1e3` or `-5`, which no server means as a delay.
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000
  // An HTTP date names a weekday or a month; this keeps Date.parse from reading other garbage as a date.
  if (!/[a-z]{3}/i.test(text)) return undefined
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}
