// Cold import time of `twenty-sdk` and `twenty-sdk/webhooks`: each sample is a fresh node process timing its own
// `await import(…)` (resolution, reading, compiling and evaluating the module graph), interleaved with bare
// `node -e ''` starts timed from outside, whose median shows how fast this machine is at the moment.
//
//   npx -y pnpm@10 --filter @twenty-sdk/benchmarks bench:cold [samples=15] [more specifiers…]
//
// Two floors are timed alongside: an empty ES module (starting node's ES module loader, which any first import
// pays) and node:crypto (which the webhooks entry needs). Extra specifiers (e.g. zod ofetch bottleneck) are
// timed the same way, to find what a slow import spends on; they resolve from packages/twenty-sdk, where the
// SDK's own dependencies live.
// --json prints measureColdImport()'s result as one JSON line instead, for run-all.mjs.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { cliArguments, isMain, median, report } from './lib/measure.mjs'
import { startSandboxProcess } from './lib/sandbox-process.mjs'

const BENCHMARKS_DIR = fileURLToPath(new URL('.', import.meta.url))
const SDK_DIR = fileURLToPath(new URL('../packages/twenty-sdk/', import.meta.url))
/** An empty ES module: its import time is the floor every first import pays (node's ESM loader starting). */
export const EMPTY_MODULE = new URL('./lib/empty-module.mjs', import.meta.url).href

function bareStartMs() {
  const started = performance.now()
  execFileSync(process.execPath, ['-e', ''], { env: coldEnv() })
  return performance.now() - started
}

function importMs(specifier, cwd) {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t))`
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd, env: coldEnv() }))
}

// No compile cache or preloaded modules from the parent's environment: every sample starts cold.
function coldEnv() {
  const { NODE_COMPILE_CACHE: _cache, NODE_OPTIONS: _options, ...env } = process.env
  return { ...env, NODE_DISABLE_COMPILE_CACHE: '1' }
}

/**
 * Median import milliseconds of each specifier and the median bare node start, over `samples` interleaved runs.
 * @returns {Promise<{ bareStartMs: number, importMs: Record<string, number> }>}
 */
export async function measureColdImport({
  samples = 15,
  specifiers = ['twenty-sdk', 'twenty-sdk/webhooks', EMPTY_MODULE, 'node:crypto'],
  cwd = BENCHMARKS_DIR,
} = {}) {
  const bare = []
  const imports = Object.fromEntries(specifiers.map((specifier) => [specifier, []]))
  importMs(specifiers[0], cwd) // warm the OS file cache; not a sample
  for (let i = 0; i < samples; i++) {
    bare.push(bareStartMs())
    for (const specifier of specifiers) imports[specifier].push(importMs(specifier, cwd))
  }
  return {
    bareStartMs: median(bare),
    importMs: Object.fromEntries(
      Object.entries(imports).map(([specifier, values]) => [specifier, median(values)]),
    ),
  }
}

// What the cold import leaves for later: the SDK loads zod, ofetch and bottleneck with the first call, so a fresh
// process is also timed from the start of its import to its first answer, next to a fresh process whose first
// call is raw fetch (which pays for loading Node's own fetch, undici, just the same).
function firstAnswerMs(kind, sandbox, id) {
  const code =
    kind === 'twenty-sdk'
      ? `const t = performance.now(); const { TwentyClient } = await import('twenty-sdk'); const twenty = new TwentyClient({ apiKey: process.env.KEY, baseUrl: process.env.URL }); await twenty.people.get(process.env.ID); process.stdout.write(String(performance.now() - t)); await twenty.close()`
      : `const t = performance.now(); const response = await fetch(process.env.URL + '/rest/people/' + process.env.ID, { headers: { authorization: 'Bearer ' + process.env.KEY } }); if (!response.ok) throw new Error(String(response.status)); await response.json(); process.stdout.write(String(performance.now() - t))`
  return Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: BENCHMARKS_DIR,
      env: { ...coldEnv(), KEY: sandbox.apiKey, URL: sandbox.url, ID: id },
    }),
  )
}

/**
 * Median milliseconds from a fresh process's first line to its first answer from the sandbox (in its own
 * process), with twenty-sdk (import, client, `people.get`) and with raw fetch, over interleaved runs.
 * @returns {Promise<{ sdkMs: number, rawFetchMs: number }>}
 */
export async function measureFirstAnswer({ samples = 11 } = {}) {
  const sandbox = await startSandboxProcess({ sandbox: { seed: 42 } })
  try {
    const response = await fetch(`${sandbox.url}/rest/people?limit=1`, {
      headers: { authorization: `Bearer ${sandbox.apiKey}` },
    })
    const id = (await response.json()).data.people[0].id
    const sdk = []
    const raw = []
    for (let i = 0; i < samples; i++) {
      sdk.push(firstAnswerMs('twenty-sdk', sandbox, id))
      raw.push(firstAnswerMs('raw fetch', sandbox, id))
    }
    return { sdkMs: median(sdk), rawFetchMs: median(raw) }
  } finally {
    await sandbox.close()
  }
}

if (isMain(import.meta)) {
  const [samplesArgument, ...extra] = cliArguments().positional
  const samples = Number(samplesArgument ?? 15)
  const sdk = {
    ...(await measureColdImport({ samples })),
    firstAnswer: await measureFirstAnswer({ samples }),
  }
  const deps =
    extra.length > 0
      ? await measureColdImport({ samples, specifiers: extra, cwd: SDK_DIR })
      : { importMs: {} }
  report(sdk, () => {
    console.log(
      `Cold import, median of ${samples} fresh processes; bare \`node -e ''\` start: ${sdk.bareStartMs.toFixed(1)} ms`,
    )
    console.table(
      Object.entries({ ...sdk.importMs, ...deps.importMs }).map(([specifier, ms]) => ({
        specifier: specifier === EMPTY_MODULE ? '(an empty ES module)' : specifier,
        'import ms': ms.toFixed(1),
        'vs bare node start': `${(ms / sdk.bareStartMs).toFixed(2)}×`,
      })),
    )
    const { sdkMs, rawFetchMs } = sdk.firstAnswer
    console.log(
      `A fresh process's first answer from the sandbox: twenty-sdk (import, client, people.get) ${sdkMs.toFixed(1)} ms; raw fetch ${rawFetchMs.toFixed(1)} ms (${(sdkMs / rawFetchMs).toFixed(2)}×)`,
    )
  })
}
