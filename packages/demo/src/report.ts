import { type CleanUpLedger, countByObject, describeFailure } from './clean-up-ledger.js'
import type { Interruption } from './interruption.js'

/**
 * Prints the walk as numbered sections of ✓ lines (✗ for a step that failed), the final clean-up, and a summary.
 * Every ✓ line counts as a passed step, whether timed (`step`) or logged by an app runner (`check`); a skipped
 * section is named with its reason. The summary says "all passed" only when no step failed, nothing was
 * interrupted and the clean-up left nothing behind.
 */
export class Report {
  #passed = 0
  readonly #failed: { label: string; reason: string }[] = []
  readonly #reported = new WeakSet<object>()
  readonly #skipped: { title: string; reason: string }[] = []
  #section = ''
  #left = 0
  readonly #started = performance.now()
  readonly #interruption: Interruption | undefined

  /** With an interruption, every step and check first stops the walk if Ctrl-C came. */
  constructor(interruption?: Interruption) {
    this.#interruption = interruption
  }

  section(title: string): void {
    this.#section = title
    console.log(`\n\u001b[1m${title}\u001b[0m`)
  }

  /** The running section's number and name, e.g. "4. The Zapier app". */
  get currentSection(): string {
    return this.#section.split(/[,:]/)[0] as string
  }

  /** A section that cannot run here: printed where it would have been, and listed in the summary. */
  skip(title: string, reason: string): void {
    this.section(title)
    console.log(`    skipped: ${reason}`)
    this.#skipped.push({ title: title.split(':')[0] as string, reason })
  }

  /**
   * Runs and prints one step. A step that throws is printed ✗ with the error's message, counted as failed, and
   * the error rethrown (the walk stops there); `problem` may fail a step that returned, e.g. an import whose rows
   * the server failed, and the walk goes on.
   */
  async step<T>(
    label: string,
    run: () => Promise<T>,
    describe: (value: T) => string,
    problem?: (value: T) => string | undefined,
  ): Promise<T> {
    this.#interruption?.throwIfInterrupted()
    const started = performance.now()
    let value: T
    try {
      value = await run()
    } catch (error) {
      this.fail(label, error)
      throw error
    }
    const ms = `\u001b[2m(${(performance.now() - started).toFixed(0)} ms)\u001b[0m`
    const failed = problem?.(value)
    if (failed) {
      this.#failed.push({ label, reason: failed })
      console.log(`  ✗ ${label.padEnd(44)} ${describe(value)}: ${failed} ${ms}`)
    } else {
      this.#passed++
      console.log(`  ✓ ${label.padEnd(44)} ${describe(value)} ${ms}`)
    }
    return value
  }

  /** A step done by code that only reports lines (the Zapier and Make runners): printed and counted as passed. */
  check(text: string): void {
    this.#interruption?.throwIfInterrupted()
    this.#passed++
    console.log(`    ✓ ${text}`)
  }

  /** Prints a failure once (a step's error is reported where it happened, not again where it is caught). */
  fail(label: string, error: unknown): void {
    if (typeof error === 'object' && error !== null) {
      if (this.#reported.has(error)) return
      this.#reported.add(error)
    }
    // Stopped by Ctrl-C: the summary says so; the step is not a failure of the product.
    if (this.#interruption?.signal) {
      console.log(`  - ${label}: stopped by ${this.#interruption.signal}`)
      return
    }
    this.#failed.push({ label, reason: describeFailure(error) })
    console.log(`  ✗ ${label.padEnd(44)} ${describeFailure(error)}`)
  }

  note(text: string): void {
    console.log(`    ${text}`)
  }

  /** The final clean-up: what the ledger still held, what it deleted and, record by record, what it could not. */
  async cleanUp(ledger: CleanUpLedger): Promise<void> {
    this.section('Clean-up')
    const pending = ledger.pending
    if (pending.length === 0) {
      console.log('    nothing left: every step deleted the records it created')
      return
    }
    console.log(`    deleting what the run left: ${countByObject(pending)}`)
    const { destroyed, alreadyGone, left } = await ledger.destroy()
    if (destroyed.length > 0) console.log(`    deleted ${countByObject(destroyed)}`)
    if (alreadyGone.length > 0) console.log(`    already gone: ${countByObject(alreadyGone)}`)
    this.#left = left.length
    if (left.length === 0) return
    console.log(`  ✗ could not delete ${left.length} record(s), still in the workspace:`)
    for (const { object, id, reason } of left) console.log(`      ${object} ${id} (${reason})`)
  }

  /** True when every step passed, nothing was interrupted and the clean-up left nothing. */
  get ok(): boolean {
    return this.#failed.length === 0 && this.#left === 0 && !this.#interruption?.signal
  }

  summary(): void {
    const seconds = `in ${((performance.now() - this.#started) / 1000).toFixed(1)} s`
    if (this.ok) console.log(`\n${this.#passed} steps, all passed, ${seconds}`)
    else {
      const parts = [`${this.#passed} steps passed`]
      if (this.#failed.length > 0)
        parts.push(`${this.#failed.length} failed (${this.#failed.map((f) => f.label).join('; ')})`)
      if (this.#interruption?.signal) parts.push(`interrupted by ${this.#interruption.signal}`)
      if (this.#left > 0) parts.push(`${this.#left} record(s) left behind`)
      console.log(`\n${parts.join(', ')}, ${seconds}`)
    }
    for (const { title, reason } of this.#skipped) console.log(`skipped: ${title}, because ${reason}`)
  }
}
