import type { ImportProgress } from './import-types.js'

/** Counts looked-up and settled rows and reports the phase, rate and ETA after each request. */
export class ProgressTracker {
  #done = 0
  #lookedUp = 0
  #lookUpTotal = 0
  #phase: ImportProgress['phase'] = 'write'
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

  #report(): void {
    if (!this.listener) return
    const seconds = (performance.now() - this.#started) / 1000
    const ratePerSecond = seconds > 0 ? this.#done / seconds : 0
    const left = this.total - this.#done
    this.listener({
      phase: this.#phase,
      done: this.#done,
      total: this.total,
      lookedUp: this.#lookedUp,
      lookUpTotal: this.#lookUpTotal,
      ratePerSecond,
      etaMs: this.#phase === 'write' && ratePerSecond > 0 ? Math.round((left / ratePerSecond) * 1000) : null,
    })
  }
}
