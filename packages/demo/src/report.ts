/** Prints the walk as numbered steps with timings, and a summary table at the end. */
export class Report {
  readonly #rows: { step: string; result: string; ms: number }[] = []
  readonly #started = performance.now()

  section(title: string): void {
    console.log(`\n\u001b[1m${title}\u001b[0m`)
  }

  async step<T>(label: string, run: () => Promise<T>, describe: (value: T) => string): Promise<T> {
    const started = performance.now()
    const value = await run()
    const ms = performance.now() - started
    const result = describe(value)
    this.#rows.push({ step: label, result, ms })
    console.log(`  ✓ ${label.padEnd(44)} ${result} \u001b[2m(${ms.toFixed(0)} ms)\u001b[0m`)
    return value
  }

  note(text: string): void {
    console.log(`    ${text}`)
  }

  summary(): void {
    const total = performance.now() - this.#started
    console.log(`\n${this.#rows.length} steps, all passed, in ${(total / 1000).toFixed(1)} s`)
  }
}
