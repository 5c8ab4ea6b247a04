// The combined result as a Markdown table: readable in a terminal, and pasted as is into docs/benchmarks.md.

const COLUMNS = ['Benchmark', 'Measure', 'Figure', 'Goal', 'Met']

/**
 * One result row. `met` is `true`/`false` against a goal, or `null` for a reference figure without a goal.
 * @typedef {{ benchmark: string, measure: string, figure: string, goal: string, met: boolean | null }} ResultRow
 */

/** @param {ResultRow[]} rows */
export function formatTable(rows) {
  const cells = rows.map((row) => [
    row.benchmark,
    row.measure,
    row.figure,
    row.goal,
    row.met === null ? '–' : row.met ? 'yes' : '**no**',
  ])
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i].length)))
  const line = (values) => `| ${values.map((value, i) => value.padEnd(widths[i])).join(' | ')} |`
  return [line(COLUMNS), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n')
}

/** `1.034×` */
export const times = (ratio) => `${ratio.toFixed(2)}×`

/** A goal row for a ratio that must stay at or under `limit` (times, lower is better). */
export function atMost(benchmark, measure, ratio, limit, unit = '×') {
  return {
    benchmark,
    measure,
    figure: `${ratio.toFixed(2)}${unit}`,
    goal: `≤ ${limit}${unit}`,
    met: ratio <= limit,
  }
}

/** A goal row for a ratio that must reach at least `limit` (throughput, higher is better). */
export function atLeast(benchmark, measure, ratio, limit, unit = '×') {
  return {
    benchmark,
    measure,
    figure: `${ratio.toFixed(2)}${unit}`,
    goal: `≥ ${limit}${unit}`,
    met: ratio >= limit,
  }
}
