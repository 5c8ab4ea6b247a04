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

if (isMain(import.meta)) {
  const [samplesArgument, ...extra] = cliArguments().positional
  const samples = Number(samplesArgument ?? 15)
  const sdk = await measureColdImport({ samples })
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
  })
}
