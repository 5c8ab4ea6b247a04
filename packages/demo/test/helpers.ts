import { execFile, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { type InterceptedRequest, type Interceptor, type Sandbox, startSandbox } from '@twenty-sdk/sandbox'
import { TwentyClient } from 'twenty-sdk'

const cwd = fileURLToPath(new URL('..', import.meta.url))
const noWorkspace = { TWENTY_API_URL: '', TWENTY_API_KEY: '' }
const entry = ['--import', 'tsx', 'src/main.ts']

/** What a demo run printed and how it ended. */
export interface DemoRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `src/main.ts` as `pnpm demo` does, with the given flags and environment on top of this one. */
export const demo = (args: string[], env: Record<string, string> = {}) =>
  promisify(execFile)(process.execPath, [...entry, ...args], {
    cwd,
    env: { ...process.env, ...noWorkspace, ...env },
    timeout: 60_000,
  })

/** Like {@link demo}, but resolves with the exit code instead of rejecting on a non-zero one. */
export const demoRun = (args: string[], env: Record<string, string> = {}): Promise<DemoRun> =>
  demo(args, env).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number | null; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  )

/**
 * Spawns the demo and sends it `signal` once its output contains each of `cues` in turn (one signal per cue),
 * then resolves when it exits.
 */
export function interruptDemo(
  args: string[],
  env: Record<string, string>,
  cues: readonly string[],
  signal: NodeJS.Signals = 'SIGINT',
): Promise<DemoRun & { exitedMs: number[] }> {
  const child = spawn(process.execPath, [...entry, ...args], {
    cwd,
    env: { ...process.env, ...noWorkspace, ...env },
  })
  let stdout = ''
  let stderr = ''
  let next = 0
  const sentAt: number[] = []
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8')
    while (next < cues.length && stdout.includes(cues[next] as string)) {
      next++
      sentAt.push(performance.now())
      child.kill(signal)
    }
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      const exited = performance.now()
      resolve({ code, stdout, stderr, exitedMs: sentAt.map((at) => exited - at) })
    })
  })
}

/** A sandbox standing in for a real workspace: seeded, with the given interceptors, and a client on it. */
export async function realWorkspace(
  interceptors: (sandbox: () => Sandbox) => Interceptor[] = () => [],
): Promise<{
  sandbox: Sandbox
  twenty: TwentyClient
  args: string[]
  env: Record<string, string>
}> {
  let started: Sandbox | undefined
  const sandbox = await startSandbox({
    port: 0,
    seed: 42,
    interceptors: interceptors(() => started as Sandbox),
  })
  started = sandbox
  return {
    sandbox,
    twenty: new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url }),
    args: ['--url', sandbox.url, '--yes'],
    env: { TWENTY_API_KEY: sandbox.apiKey },
  }
}

/** Twenty's 500 body, with the message the demo should show. */
const SERVER_ERROR = { statusCode: 500, error: 'InternalServerErrorException', messages: ['injected'] }

/**
 * An interceptor that answers 500 to every request `matches` picks, as often as it comes: the SDK retries a 500
 * three times, so a persistent fault is what makes the call fail.
 */
export function failing(matches: (request: InterceptedRequest) => boolean): Interceptor {
  return async (request, next) => (matches(request) ? { status: 500, body: SERVER_ERROR } : next())
}

/** An interceptor that holds every request `matches` picks for `ms` before serving it. */
export function delaying(
  ms: number,
  matches: (request: InterceptedRequest) => boolean = () => true,
): Interceptor {
  return async (request, next) => {
    if (matches(request)) await new Promise((resolve) => setTimeout(resolve, ms))
    return next()
  }
}

/** The id in `/rest/{plural}/{id}`, for a request on one record of `plural`. */
export function recordId(request: InterceptedRequest, plural: string): string | undefined {
  return new RegExp(`^/rest/${plural}/([0-9a-f-]{36})$`).exec(request.path)?.[1]
}

/** Every record of the objects the demo writes to, in full: any record changed, added or left over shows. */
export async function snapshot(twenty: TwentyClient) {
  const all = async <T>(records: AsyncIterable<T>) => {
    const list: T[] = []
    for await (const record of records) list.push(record)
    return list
  }
  return {
    companies: await all(twenty.companies.iterate({ limit: 200 })),
    people: await all(twenty.people.iterate({ limit: 200 })),
    opportunities: await all(twenty.opportunities.iterate({ limit: 200 })),
    // The SDK walk soft-deletes a deal: one left in the trash is left too.
    trashedOpportunities: await all(
      twenty.opportunities.iterate({ limit: 200, filter: { deletedAt: { is: 'NOT_NULL' } } }),
    ),
    tasks: await all(twenty.tasks.iterate({ limit: 200 })),
    taskTargets: await all(twenty.taskTargets.iterate({ limit: 200 })),
    webhooks: await twenty.webhooks.list(),
  }
}

/** The report's last line that is not a `skipped:` note: the summary. */
export function summaryLine(stdout: string): string {
  return (
    stdout
      .trimEnd()
      .split('\n')
      .filter((line) => !line.startsWith('skipped:'))
      .at(-1) ?? ''
  )
}
