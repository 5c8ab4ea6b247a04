/**
 * A token bucket per workspace and window, as Twenty's ThrottlerService.tokenBucketThrottleOrThrow keeps it
 * (core-modules/throttler/throttler.service.ts): the refill is `Math.floor(elapsed * capacity / windowMs)` whole
 * tokens, and a spent token stamps the refill time, so the fraction of a token earned since the last spend is lost.
 * A client pacing at exactly `capacity / windowMs` therefore drains the bucket; a refused request writes nothing, so
 * the refill keeps counting from the last spend.
 */
export class TokenBucket {
  #tokens: number
  #refilledAt: number

  constructor(
    readonly capacity: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#tokens = capacity
    this.#refilledAt = now()
  }

  /** Milliseconds until one token is available (0 when one is). */
  waitMs(): number {
    const now = this.now()
    if (this.#available(now) >= 1) return 0
    return Math.max(
      0,
      Math.ceil(this.#refilledAt + ((1 - this.#tokens) * this.windowMs) / this.capacity - now),
    )
  }

  take(): boolean {
    const now = this.now()
    const available = this.#available(now)
    if (available < 1) return false
    this.#tokens = available - 1
    this.#refilledAt = now
    return true
  }

  #available(now: number): number {
    const refill = Math.floor((now - this.#refilledAt) * (this.capacity / this.windowMs))
    return Math.min(this.#tokens + refill, this.capacity)
  }
}
