import type { ImportProgress } from './import-types.js'

/** Counts settled rows and reports rate and ETA after each batch. */
export class ProgressTracker {
  #done = 0
  readonly #started = performance.now()

  constructor(
    private readonly total: number,
    private readonly listener?: (progress: ImportProgress) => void,
  ) {}

  advance(rows: number): void {
    this.#done += rows
    if (!this.listener) return
    const seconds = (performance.now() - this.#started) / 1000
    const ratePerSecond = seconds > 0 ? this.#done / seconds : 0
    const left = this.total - this.#done
    this.listener({
      done: this.#done,
      total: this.total,
      ratePerSecond,
      etaMs: ratePerSecond > 0 ? Math.round((left / ratePerSecond) * 1000) : null,
    })
  }
}
