import type { ImportProgress } from './import-types.js'

/**
 * Counts looked-up and settled rows and reports the phase, rate and ETA after each request. A listener that throws
 * is not called again, and its error is kept in {@link ProgressTracker.failure}.
 */
export class ProgressTracker {
  #done = 0
  #lookedUp = 0
  #lookUpTotal = 0
  #phase: ImportProgress['phase'] = 'write'
  #failure: { error: unknown } | undefined
  readonly #started = performance.now()

  constructor(
    private readonly total: number,
    private readonly listener?: (progress: ImportProgress) => void,
  ) {}

  /** Enters the look-up phase, which reads `rows` keys from the CRM. */
  startLookUp(rows: number): void {
    this.#phase = 'lookup'
    this.#lookUpTotal = rows
  }

  /** `rows` more keys were read from the CRM. */
  lookedUp(rows: number): void {
    this.#lookedUp += rows
    this.#report()
  }

  /** Leaves the look-up phase: from here on rows are decided and written. */
  startWrites(): void {
    this.#phase = 'write'
  }

  /** `rows` more rows settled. */
  advance(rows: number): void {
    this.#done += rows
    this.#report()
  }

  /** What the listener threw first, if it did; it is not called again after that. */
  get failure(): { error: unknown } | undefined {
    return this.#failure
  }

  #report(): void {
    if (!this.listener || this.#failure) return
    const seconds = (performance.now() - this.#started) / 1000
    const ratePerSecond = seconds > 0 ? this.#done / seconds : 0
    const left = this.total - this.#done
    // A progress bar's bug must not stop an import halfway: the rows already written would be reported nowhere.
    // The import goes on without it, and the error is returned on the report.
    try {
      this.listener({
        phase: this.#phase,
        done: this.#done,
        total: this.total,
        lookedUp: this.#lookedUp,
        lookUpTotal: this.#lookUpTotal,
        ratePerSecond,
        etaMs:
          this.#phase === 'write' && ratePerSecond > 0 ? Math.round((left / ratePerSecond) * 1000) : null,
      })
    } catch (error) {
      this.#failure = { error }
    }
  }
}
