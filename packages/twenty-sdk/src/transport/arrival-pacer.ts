import { abortableDelay } from '../internal/abortable-delay.js'

/**
 * Twenty's per-minute bucket as this process sees it, checked as each request leaves the limiter, after bottleneck
 * gave it a token. Twenty's throttler (ThrottlerService.tokenBucketThrottleOrThrow) adds `Math.floor(elapsed × rate)`
 * whole tokens since the last request it let through and restamps at each one, so a request that arrives less than
 * one period after the one before it earns nothing. bottleneck spaces the tokens it grants, but a job granted on
 * time can start late (a busy event loop, bottleneck's own timers) and the next one on time: the second arrives early
 * and, once the burst is spent, is refused. This model runs Twenty's own arithmetic on the times jobs really start,
 * with a period longer than Twenty's by a margin for the jitter that follows (the network, the request's own
 * middleware and key), so it does not let one go that Twenty would refuse for being early.
 *
 * It counts this process's requests only: a budget shared through Redis relies on bottleneck's shared reservoir.
 */
export class ArrivalPacer {
  #tokens: number
  #stampedAt: number

  /**
   * @param capacity Twenty's bucket size (its limit)
   * @param periodMs the time one token takes to come back: Twenty's `ttl / limit` plus the margin
   */
  constructor(
    private readonly capacity: number,
    private readonly periodMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#tokens = capacity
    this.#stampedAt = now()
  }

  /** Waits until a request may leave, then counts it; rejects with a signal's reason when one aborts first. */
  async pass(signals: readonly (AbortSignal | undefined)[]): Promise<void> {
    for (;;) {
      const now = this.now()
      const available = this.#available(now)
      if (available >= 1) {
        this.#tokens = available - 1
        this.#stampedAt = now
        return
      }
      await abortableDelay(
        Math.max(1, Math.ceil(this.#stampedAt + (1 - this.#tokens) * this.periodMs - now)),
        signals,
      )
    }
  }

  /** Twenty refused a request: its bucket is empty now, whatever this model counted. */
  empty(): void {
    this.#tokens = 0
    this.#stampedAt = this.now()
  }

  #available(now: number): number {
    return Math.min(this.#tokens + Math.floor((now - this.#stampedAt) / this.periodMs), this.capacity)
  }
}
