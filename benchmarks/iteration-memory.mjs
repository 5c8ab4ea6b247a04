// Iterating 100,000 people: the RSS growth of a fresh process iterating with the SDK (`people.iterate`), and the
// SDK's wall and CPU time against a raw cursor loop over the same pages. The sandbox (maxLimit 200, as Twenty)
// runs in its own process; each iteration runs in a fresh child so its RSS counts nothing else.
//
//   npx -y pnpm@10 --filter @twenty-sdk/benchmarks bench:iterate [records=100000]
//
// --json prints measureIteration()'s result as one JSON line instead, for run-all.mjs.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { cliArguments, isMain, report } from './lib/measure.mjs'
import { startSandboxProcess } from './lib/sandbox-process.mjs'

const CHILD = fileURLToPath(new URL('./lib/iterate-child.mjs', import.meta.url))
const PAGE_SIZE = 200

async function iterateInChild(mode, sandbox) {
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--expose-gc',
    CHILD,
    mode,
    sandbox.url,
    sandbox.apiKey,
    String(PAGE_SIZE),
  ])
  return JSON.parse(stdout)
}

/**
 * Iterates `records` people with a raw cursor loop, then with the SDK, each in a fresh process, after a first
 * raw pass that is discarded: the sandbox's first pass over a large table is slower (its heap and compiled code
 * settle), and would otherwise count against whichever loop runs first.
 * @returns {Promise<{ records: number, raw: object, sdk: object }>} each with wallMs, cpuMs, rssBefore, rssPeak
 */
export async function measureIteration({ records = 100_000 } = {}) {
  const sandbox = await startSandboxProcess({
    sandbox: { seed: false, maxLimit: PAGE_SIZE },
    people: records,
  })
  try {
    await iterateInChild('raw', sandbox)
    const raw = await iterateInChild('raw', sandbox)
    const sdk = await iterateInChild('sdk', sandbox)
    for (const run of [raw, sdk]) {
      if (run.records !== records || run.emails !== records)
        throw new Error(`${run.mode} saw ${run.records} people, expected ${records}`)
    }
    return { records, raw, sdk }
  } finally {
    await sandbox.close()
  }
}

if (isMain(import.meta)) {
  const result = await measureIteration({ records: Number(cliArguments().positional[0] ?? 100_000) })
  report(result, ({ records, raw, sdk }) => {
    const mb = (bytes) => (bytes / 2 ** 20).toFixed(1)
    console.log(`Iterating ${records} people, pages of ${PAGE_SIZE}, each loop in a fresh process`)
    console.table(
      [raw, sdk].map((run) => ({
        loop: run.mode === 'sdk' ? 'twenty-sdk people.iterate' : 'raw cursor loop',
        'wall s': (run.wallMs / 1000).toFixed(1),
        'client CPU s': (run.cpuMs / 1000).toFixed(1),
        'RSS before MB': mb(run.rssBefore),
        'RSS growth MB': mb(run.rssPeak - run.rssBefore),
        'wall vs raw': `${(run.wallMs / raw.wallMs).toFixed(3)}×`,
        'CPU vs raw': `${(run.cpuMs / raw.cpuMs).toFixed(3)}×`,
      })),
    )
  })
}
