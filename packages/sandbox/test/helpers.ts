import { afterAll, beforeAll } from 'vitest'
import { type Sandbox, type SandboxOptions, startSandbox } from '../src/index.js'

export interface Answer<T = any> {
  status: number
  body: T
  headers: Headers
}

/** Starts a sandbox for the test file and gives plain-fetch access to it (no SDK: these test the server). */
export function useSandbox(options: SandboxOptions = {}) {
  const context = {} as {
    sandbox: Sandbox
    api: <T = any>(
      path: string,
      init?: { method?: string; body?: unknown; key?: string | null },
    ) => Promise<Answer<T>>
  }
  beforeAll(async () => {
    context.sandbox = await startSandbox({ port: 0, ...options })
    context.api = async (path, init = {}) => {
      const key = init.key === undefined ? context.sandbox.apiKey : init.key
      const response = await fetch(`${context.sandbox.url}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          'content-type': 'application/json',
          ...(key === null ? {} : { authorization: `Bearer ${key}` }),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      })
      const text = await response.text()
      return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers }
    }
  })
  afterAll(() => context.sandbox?.close())
  return context
}

/** `filter=` / `order_by=` values as a client would encode them. */
export const q = (params: Record<string, string | number>) =>
  `?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`
