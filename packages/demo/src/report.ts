import type { ImportProgress } from 'twenty-sdk'
import { type CleanUpLedger, countByObject, describeFailure } from './clean-up-ledger.js'
import type { Interruption } from './interruption.js'

const BOLD = '\u001b[1m'
const DIM = '\u001b[2m'

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
  /** Output to a terminal: the progress bar is redrawn in place. Piped or redirected, it is a log. */
  readonly #terminal = process.stdout.isTTY === true
  /** Bold and dim only on a terminal that has colors (Node's check honours NO_COLOR, FORCE_COLOR and TERM=dumb). */
  readonly #colors = this.#terminal && process.stdout.hasColors()
  #liveLine = false

  /** With an interruption, every step and check first stops the walk if Ctrl-C came. */
  constructor(interruption?: Interruption) {
    this.#interruption = interruption
  }

  section(title: string): void {
    this.#section = title
    this.#print(`\n${this.#style(BOLD, title)}`)
  }

  /**
   * An import's progress callback: on a terminal, a bar redrawn in place and left complete; in a log (output
   * piped or redirected), where a redrawn line would pile up carriage returns, only the complete bar, once.
   */
  progress(label: string): (progress: ImportProgress) => void {
    return ({ phase, done, total, lookedUp, lookUpTotal, ratePerSecond }) => {
      const finished = phase === 'write' && done >= total
      if (!this.#terminal && !finished) return
      const width = 24
      const [count, of, what] =
        phase === 'lookup'
          ? [lookedUp, lookUpTotal, 'looked up']
          : [done, total, `${ratePerSecond.toFixed(0)} rows/s`]
      const filled = Math.round((count / Math.max(1, of)) * width)
      const bar = `    ${label.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${of} ${what}`
      if (!this.#terminal) {
        console.log(bar)
        return
      }
      process.stdout.write(`\r\u001b[2K${bar}`)
      this.#liveLine = !finished
      if (finished) process.stdout.write('\n')
    }
  }

  /** Every line goes through here: a bar still being redrawn (an import that stopped) is ended first. */
  #print(line: string): void {
    if (this.#liveLine) process.stdout.write('\n')
    this.#liveLine = false
    console.log(line)
  }

  #style(code: string, text: string): string {
    return this.#colors ? `${code}${text}\u001b[0m` : text
  }

  /** The running section's number and name, e.g. "4. The Zapier app". */
  get currentSection(): string {
    return this.#section.split(/[,:]/)[0] as string
  }

  /** A section that cannot run here: printed where it would have been, and listed in the summary. */
  skip(title: string, reason: string): void {
    this.section(title)
    this.#print(`    skipped: ${reason}`)
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
    const ms = this.#style(DIM, `(${(performance.now() - started).toFixed(0)} ms)`)
    const failed = problem?.(value)
    if (failed) {
      this.#failed.push({ label, reason: failed })
      this.#print(`  ✗ ${label.padEnd(44)} ${describe(value)}: ${failed} ${ms}`)
    } else {
      this.#passed++
      this.#print(`  ✓ ${label.padEnd(44)} ${describe(value)} ${ms}`)
    }
    return value
  }

  /** A step done by code that only reports lines (the Zapier and Make runners): printed and counted as passed. */
  check(text: string): void {
    this.#interruption?.throwIfInterrupted()
    this.#passed++
    this.#print(`    ✓ ${text}`)
  }

  /** Prints a failure once (a step's error is reported where it happened, not again where it is caught). */
  fail(label: string, error: unknown): void {
    if (typeof error === 'object' && error !== null) {
      if (this.#reported.has(error)) return
      this.#reported.add(error)
    }
    // Stopped by Ctrl-C: the summary says so; the step is not a failure of the product.
    if (this.#interruption?.signal) {
      this.#print(`  - ${label}: stopped by ${this.#interruption.signal}`)
      return
    }
    this.#failed.push({ label, reason: describeFailure(error) })
    this.#print(`  ✗ ${label.padEnd(44)} ${describeFailure(error)}`)
  }

  note(text: string): void {
    this.#print(`    ${text}`)
  }

  /** The final clean-up: what the ledger still held, what it deleted and, record by record, what it could not. */
  async cleanUp(ledger: CleanUpLedger): Promise<void> {
    this.section('Clean-up')
    const pending = ledger.pending
    if (pending.length === 0) {
      this.#print('    nothing left: every step deleted the records it created')
      return
    }
    this.#print(`    deleting what the run left: ${countByObject(pending)}`)
    const { destroyed, alreadyGone, left } = await ledger.destroy()
    if (destroyed.length > 0) this.#print(`    deleted ${countByObject(destroyed)}`)
    if (alreadyGone.length > 0) this.#print(`    already gone: ${countByObject(alreadyGone)}`)
    this.#left = left.length
    if (left.length === 0) return
    this.#print(`  ✗ could not delete ${left.length} record(s), still in the workspace:`)
    for (const { object, id, reason } of left) this.#print(`      ${object} ${id} (${reason})`)
  }

  /** True when every step passed, nothing was interrupted and the clean-up left nothing. */
  get ok(): boolean {
    return this.#failed.length === 0 && this.#left === 0 && !this.#interruption?.signal
  }

  summary(): void {
    const seconds = `in ${((performance.now() - this.#started) / 1000).toFixed(1)} s`
    if (this.ok) this.#print(`\n${this.#passed} steps, all passed, ${seconds}`)
    else {
      const parts = [`${this.#passed} steps passed`]
      if (this.#failed.length > 0)
        parts.push(`${this.#failed.length} failed (${this.#failed.map((f) => f.label).join('; ')})`)
      if (this.#interruption?.signal) parts.push(`interrupted by ${this.#interruption.signal}`)
      if (this.#left > 0) parts.push(`${this.#left} record(s) left behind`)
      this.#print(`\n${parts.join(', ')}, ${seconds}`)
    }
    for (const { title, reason } of this.#skipped) this.#print(`skipped: ${title}, because ${reason}`)
  }
}
