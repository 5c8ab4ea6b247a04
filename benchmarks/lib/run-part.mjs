import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

/**
 * Runs one benchmark script in a fresh node process with `--json` and returns its result. Each part gets its own
 * process so that no part measures the heap, compiled code or open sockets another one left behind.
 */
export async function runPart(script, args = [], env = {}) {
  const path = fileURLToPath(new URL(`../${script}`, import.meta.url))
  const { stdout } = await promisify(execFile)(process.execPath, [path, ...args.map(String), '--json'], {
    env: { ...process.env, ...env },
    maxBuffer: 16 * 2 ** 20,
  })
  return JSON.parse(stdout.trim().split('\n').at(-1))
}
