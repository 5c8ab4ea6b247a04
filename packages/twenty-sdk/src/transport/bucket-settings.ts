// How the rate limiter's buckets are paced to Twenty's throttler, which adds only whole tokens since the last
// request it let through: the reservoir settings, the margin, and the spacing between requests.

// Bottleneck's "increase" reservoir refills like Twenty's token bucket: `amount` tokens every `interval`, up to the
// bucket size. The burst keeps some headroom: bottleneck adds refills lazily, so after a bucket sat full it can
// grant a few tokens early, which Twenty would refuse; and other integrations spend the same workspace budget.
//
// A local limiter adds a refill only on a heartbeat tick, and stamps it with that tick's time, so the time between
// two refills is the interval rounded up to whole heartbeats: an interval of 632 ms on ticks of 126 ms refilled
// every 756 ms, 84 % of the budget. The interval is therefore made five heartbeats exactly (a heartbeat at a fifth
// of the interval, not bottleneck's default 250 ms, which capped 100 per second at 4 per second; at least 20 ms,
// which keeps that timer cheap). Redis computes refills from the elapsed time, so there the heartbeat only wakes
// queued jobs.
//
// The refill is also slower than the budget by a margin: Twenty adds `Math.floor(elapsed × rate)` whole tokens and
// restarts the count at each request it lets through, so a request that arrives even 1 ms before its token is
// earned is refused once the burst is spent, and jitter alone drew 429s at exactly the budget's pace. The margin is
// a fixed REFILL_MARGIN_MS per token, because jitter (the network's, and a busy event loop's between a token and
// its request leaving) does not grow with the period: 4 % of Twenty's 600 ms, 2 % at Twenty Cloud's 50 per minute.
const HEARTBEATS_PER_INTERVAL = 5
const REFILL_MARGIN_MS = 25

/** bottleneck's reservoir settings for one of Twenty's buckets: its burst less the headroom, refilled as above. */
export function bucketSettings(limit: number, ttlMs: number, headroom: number) {
  const step = Math.max(100, ttlMs / limit)
  const amount = Math.max(1, Math.floor((limit * step) / ttlMs))
  const exact = (amount * ttlMs) / limit
  const margin = REFILL_MARGIN_MS * amount
  const heartbeat = Math.max(20, Math.ceil((exact + margin) / HEARTBEATS_PER_INTERVAL))
  const size = Math.max(1, Math.floor(limit * (1 - headroom)))
  return {
    reservoir: size,
    reservoirIncreaseInterval: heartbeat * HEARTBEATS_PER_INTERVAL,
    reservoirIncreaseAmount: amount,
    reservoirIncreaseMaximum: size,
    heartbeatInterval: heartbeat,
  }
}

/**
 * The least time between two requests leaving this budget: one and a half refill periods of the per-second bucket
 * (15 ms at Twenty's 100 per second). Twenty credits a request only the whole tokens earned since the one before it,
 * so requests released together (bottleneck refills in steps of 100 ms) earn nothing after the first, and once the
 * burst is spent most of them are refused. Spaced this far apart, each arrival earns at least one token even when
 * the network moves it by half a period; a gap that reaches two periods earns two, which the next burst can spend.
 */
export function arrivalSpacingMs(limit: number, ttlMs: number): number {
  return Math.ceil((1.5 * ttlMs) / limit)
}

/** How long one token takes to come back to a local budget: Twenty's period plus the refill margin. */
export function tokenPeriodMs(limit: number, ttlMs: number): number {
  return ttlMs / limit + REFILL_MARGIN_MS
}
