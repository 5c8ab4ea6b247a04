import { type Sandbox, type SandboxOptions, startSandbox } from '@twenty-sdk/sandbox'
import { TwentyClient } from 'twenty-sdk'
import type { MakeRunner } from '../../src/runner/runner.js'
import type { LogEntry } from '../../src/runner/sanitize.js'
import { createTwentyRunner } from '../../src/runner/twenty-runner.js'

export interface Harness {
  sandbox: Sandbox
  /** The committed Make app, run against the sandbox over real HTTP on 127.0.0.1. */
  runner: MakeRunner
  /** The SDK, to arrange records and look behind the Make app. */
  twenty: TwentyClient
  /** Everything the runner logged, after the app's log.sanitize. */
  log: LogEntry[]
  close(): Promise<void>
}

/** A fresh, empty sandbox with a runner connected to it (connection verified, as Make does before a run). */
export async function startHarness(
  options: SandboxOptions = {},
  apiKey?: (sandbox: Sandbox) => string,
): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, seed: false, ...options })
  const log: LogEntry[] = []
  const key = apiKey?.(sandbox) ?? sandbox.apiKey
  const runner = await createTwentyRunner({
    connection: { apiKey: key, baseUrl: sandbox.url },
    fetch: (input, init) => fetch(input, init),
    log: (entry) => log.push(entry),
  })
  const twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url, rateLimit: false })
  return { sandbox, runner, twenty, log, close: () => sandbox.close() }
}

/** Awaits a promise that must reject, and returns the rejection. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('Expected a rejection')
}
