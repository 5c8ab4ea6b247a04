import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// Shared measuring helpers. Every benchmark here reports ratios of candidates measured in interleaved rounds
// within one run, so the noise of this shared machine hits them alike; the median of the rounds is kept.

/** The middle value (the upper middle for an even count); robust to one slow round. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Operations per second of `fn` over `roundMs`, with `concurrency` loops running at once (1 = sequential), and
 * the CPU time this process spent per operation (for a client: its own cost, whatever the server's).
 * Synchronous functions run in batches of 20 so the clock is not read after every cheap call.
 */
export async function measureRound(fn, { roundMs, concurrency = 1 }) {
  let count = 0
  const end = performance.now() + roundMs
  const loop = async () => {
    while (performance.now() < end) {
      for (let i = 0; i < 20; i++) {
        const result = fn()
        if (result instanceof Promise) await result
      }
      count += 20
    }
  }
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  await Promise.all(Array.from({ length: concurrency }, loop))
  const cpu = process.cpuUsage(cpuBefore)
  // Concurrent loops finish their last batch after `end`: divide by the time they really took.
  return { ops: count / ((performance.now() - started) / 1000), cpuUs: (cpu.user + cpu.system) / count }
}

/**
 * Runs every candidate once as a warm-up, then `rounds` rounds in which each candidate runs in turn, and
 * returns the median operations per second and CPU microseconds per operation of each. Each round starts one
 * candidate further on, so none always runs right after the same one (and pays for the garbage it left).
 *
 * @param candidates `{ name: { fn, concurrency? } }`
 * @returns {Promise<{ ops: Record<string, number>, cpuUs: Record<string, number>, rounds: Record<string, { ops: number, cpuUs: number }[]> }>}
 *   `rounds` keeps every round's figures, in round order, for {@link pairedRatios}.
 */
export async function interleavedMedians(candidates, { rounds, roundMs }) {
  const entries = Object.entries(candidates)
  const samples = new Map(entries.map(([name]) => [name, []]))
  for (const [, { fn, concurrency }] of entries) await measureRound(fn, { roundMs: roundMs / 2, concurrency })
  for (let round = 0; round < rounds; round++) {
    const shift = round % entries.length
    for (const [name, { fn, concurrency }] of [...entries.slice(shift), ...entries.slice(0, shift)]) {
      samples.get(name).push(await measureRound(fn, { roundMs, concurrency }))
    }
  }
  const medians = (field) =>
    Object.fromEntries([...samples].map(([name, values]) => [name, median(values.map((v) => v[field]))]))
  return { ops: medians('ops'), cpuUs: medians('cpuUs'), rounds: Object.fromEntries(samples) }
}

/**
 * Time per operation of `name` over `reference`'s, paired round by round (both ran in the same round, seconds
 * apart), as the median and the quartiles of those per-round ratios. Pairing cancels the slow drifts of a shared
 * machine that a ratio of two overall medians keeps; the quartiles show how far one round strays.
 *
 * @param {Record<string, { ops: number }[]>} rounds as {@link interleavedMedians} returns them
 * @returns {{ median: number, low: number, high: number }}
 */
export function pairedRatios(rounds, name, reference) {
  const ratios = rounds[name].map((sample, round) => rounds[reference][round].ops / sample.ops)
  const sorted = [...ratios].sort((a, b) => a - b)
  const at = (fraction) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]
  return { median: median(ratios), low: at(0.25), high: at(0.75) }
}

/** `true` when this module is the script node was started with (not imported by run-all.mjs). */
export const isMain = (meta) =>
  process.argv[1] !== undefined && fileURLToPath(meta.url) === resolve(process.argv[1])

/**
 * Command-line arguments of a benchmark script: positional ones, and whether `--json` asked for the raw result
 * (one JSON line on stdout, which run-all.mjs reads) instead of the script's own table.
 */
export function cliArguments() {
  const args = process.argv.slice(2)
  return { positional: args.filter((arg) => arg !== '--json'), json: args.includes('--json') }
}

/** Prints `result` as one JSON line for run-all.mjs when `--json` was given, else calls `printTable`. */
export function report(result, printTable) {
  if (cliArguments().json) process.stdout.write(`${JSON.stringify(result)}\n`)
  else printTable(result)
}
