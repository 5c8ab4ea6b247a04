/**
 * Prints the walk as numbered sections of ✓ lines, and a summary at the end. Every ✓ line counts as a step in the
 * summary, whether timed (`step`) or logged by an app runner (`check`), and a skipped section is named there with
 * its reason, so the count and the report always agree.
 */
export class Report {
  #steps = 0
  readonly #skipped: { title: string; reason: string }[] = []
  readonly #started = performance.now()

  section(title: string): void {
    console.log(`\n\u001b[1m${title}\u001b[0m`)
  }

  /** A section that cannot run here: printed where it would have been, and listed in the summary. */
  skip(title: string, reason: string): void {
    this.section(title)
    console.log(`    skipped: ${reason}`)
    this.#skipped.push({ title: title.split(':')[0] as string, reason })
  }

  async step<T>(label: string, run: () => Promise<T>, describe: (value: T) => string): Promise<T> {
    const started = performance.now()
    const value = await run()
    const ms = performance.now() - started
    this.#steps++
    console.log(`  ✓ ${label.padEnd(44)} ${describe(value)} \u001b[2m(${ms.toFixed(0)} ms)\u001b[0m`)
    return value
  }

  /** A step done by code that only reports lines (the Zapier and Make runners): printed and counted as passed. */
  check(text: string): void {
    this.#steps++
    console.log(`    ✓ ${text}`)
  }

  note(text: string): void {
    console.log(`    ${text}`)
  }

  summary(): void {
    const total = performance.now() - this.#started
    console.log(`\n${this.#steps} steps, all passed, in ${(total / 1000).toFixed(1)} s`)
    for (const { title, reason } of this.#skipped) console.log(`skipped: ${title}, because ${reason}`)
  }
}
