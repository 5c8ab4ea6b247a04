/**
 * A token bucket refilled linearly at `capacity / windowMs`, as Twenty's throttler keeps one per workspace and
 * window. `take()` spends a token or reports how long until one is available.
 */
export class TokenBucket {
  #tokens: number
  #updatedAt: number

  constructor(
    readonly capacity: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#tokens = capacity
    this.#updatedAt = now()
  }

  /** Milliseconds until one token is available (0 when one is). */
  waitMs(): number {
    this.#refill()
    return this.#tokens >= 1 ? 0 : Math.ceil(((1 - this.#tokens) * this.windowMs) / this.capacity)
  }

  take(): boolean {
    this.#refill()
    if (this.#tokens < 1) return false
    this.#tokens -= 1
    return true
  }

  #refill(): void {
    const now = this.now()
    this.#tokens = Math.min(
      this.capacity,
      this.#tokens + ((now - this.#updatedAt) * this.capacity) / this.windowMs,
    )
    this.#updatedAt = now
  }
}
