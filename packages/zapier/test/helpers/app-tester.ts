import { type Sandbox, type SandboxOptions, startSandbox } from '@twenty-sdk/sandbox'
import { TwentyClient } from 'twenty-sdk'
import { afterAll, beforeAll } from 'vitest'
import { type Bundle, createAppTester, type ZObject } from 'zapier-platform-core'
import App from '../../src/index.js'

/** Runs any step of the app through Zapier's own handler (middleware, output checks, serialization). */
export const appTester = createAppTester(App)

/** What a Zapier connection to the sandbox holds. */
export function authFor(
  sandbox: Pick<Sandbox, 'url' | 'apiKey'>,
  apiKey = sandbox.apiKey,
): Bundle['authData'] {
  return { apiKey, baseUrl: sandbox.url }
}

/** The parts of a bundle a test sets; the rest is filled in as Zapier would. */
export type TestBundle = Partial<Omit<Bundle, 'authData' | 'meta'>> & {
  authData?: Bundle['authData']
  meta?: Partial<Bundle['meta']>
}

/**
 * Calls a step as Zapier would, with the connection and the given inputs. Tests pass the step functions of the
 * definition itself (`App.creates.create_person.operation.perform`), so a renamed key fails to compile.
 */
export function run<T>(
  step: unknown,
  sandbox: Pick<Sandbox, 'url' | 'apiKey'>,
  bundle: TestBundle = {},
): Promise<T> {
  const full = { authData: authFor(sandbox), inputData: {}, meta: {}, ...bundle }
  return appTester(step as (z: ZObject, bundle: Bundle) => Promise<T>, full as never)
}

/** One sandbox per test file, on a port the OS picks, closed when the file is done. */
export function useSandbox(options: SandboxOptions = {}): () => Sandbox {
  let sandbox: Sandbox | undefined
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, seed: false, ...options })
  })
  afterAll(async () => {
    await sandbox?.close()
  })
  return () => {
    if (!sandbox) throw new Error('The sandbox is not started yet: call it inside a test')
    return sandbox
  }
}

/** A plain SDK client on the sandbox, to set up records and check what a step wrote. */
export function twentyOf(sandbox: Pick<Sandbox, 'url' | 'apiKey'>): TwentyClient {
  return new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url, retry: false, rateLimit: false })
}

/** A Zapier error as the user would read it: AppError and ThrottledError carry JSON in their message. */
export interface Failure {
  name: string
  message: string
  code?: string
  status?: number
  delay?: number
}

/** Awaits a step that must fail and unpacks the Zapier error it failed with. */
export async function failureOf(step: Promise<unknown>): Promise<Failure> {
  const error = await step.then(
    (value) => {
      throw new Error(`Expected the step to fail, it returned ${JSON.stringify(value)}`)
    },
    (caught: unknown) => caught as Error,
  )
  try {
    const parsed = JSON.parse(error.message) as Omit<Failure, 'name'>
    return { name: error.name, ...parsed }
  } catch {
    return { name: error.name, message: error.message }
  }
}
