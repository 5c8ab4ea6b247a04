import type { TwentyRateLimitError } from 'twenty-sdk'

/** Zapier is asked to wait at least this long before retrying a step. */
export const MIN_DELAY_SECONDS = 5
/** …and at most this long: Twenty's longest default bucket refills within a minute. */
export const MAX_DELAY_SECONDS = 300

// Twenty's 429 message names the bucket it ran out of: "Limit reached (100 tokens per 60000 ms)".
const BUCKET = /per\s+(\d+)\s*ms/i

/**
 * Seconds to wait after a 429. Twenty sends no Retry-After, so the delay is the window of the bucket named in
 * its message (60 s when it names none) plus up to half of it again as random jitter, so the Zaps of one
 * workspace do not all come back at the same instant. A Retry-After (from a proxy) wins when present.
 */
export function rateLimitDelaySeconds(
  error: TwentyRateLimitError,
  random: () => number = Math.random,
): number {
  if (error.retryAfterMs !== undefined) return clamp(Math.ceil(error.retryAfterMs / 1000))
  const bucketMs = error.messages.map((message) => BUCKET.exec(message)?.[1]).find(Boolean)
  const windowSeconds = bucketMs ? Number(bucketMs) / 1000 : 60
  return clamp(Math.ceil(windowSeconds + random() * windowSeconds * 0.5))
}

/** Seconds to wait after a server error or a timeout: 30 s plus up to 30 s of jitter. */
export function serverErrorDelaySeconds(random: () => number = Math.random): number {
  return clamp(Math.ceil(30 + random() * 30))
}

function clamp(seconds: number): number {
  return Math.min(MAX_DELAY_SECONDS, Math.max(MIN_DELAY_SECONDS, seconds))
}
