import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { HandlerResponse, SandboxState } from '../handlers/context.js'
import { openApiCoreDocument } from '../handlers/open-api.js'
import type { ApiKeyIdentity, ApiKeyRing } from './api-keys.js'
import { HttpError } from './http-error.js'
import { readJsonBody } from './read-body.js'
import { matchRoute } from './routes.js'

/** What an interceptor sees of a request. */
export interface InterceptedRequest {
  method: string
  path: string
  /**
   * The key that sent it. `undefined` only on the public OpenAPI route (`/open-api/core`), which Twenty answers
   * without a valid key (with its skeleton); every other route refuses such a request before the interceptors.
   */
  key: ApiKeyIdentity | undefined
  raw: IncomingMessage
  response: ServerResponse
}

/**
 * The seam for rate limiting and fault injection: runs around every request that passed authentication (or needs
 * none), in order. It may
 * answer itself (return a response without calling `next`), delay, change the answer `next` produced, or break
 * the connection (destroy `raw.socket`) and return `undefined` so nothing is sent.
 */
export type Interceptor = (
  request: InterceptedRequest,
  next: () => Promise<HandlerResponse | undefined>,
) => Promise<HandlerResponse | undefined>

/** Sends a JSON answer, as Nest does. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendText(response, status, JSON.stringify(body), headers)
}

// Writes a body as JSON's content type, unless the connection is gone or already answered.
function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string>,
): void {
  if (response.headersSent || response.destroyed) return
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  response.end(text)
}

// Twenty's public OpenAPI route, also under /rest.
const OPEN_API_CORE = /^\/(rest\/)?open-api\/core$/

/** The key's identity, or `undefined` for a missing or refused key (public routes answer either way). */
function identify(keys: ApiKeyRing, authorization: string | undefined): ApiKeyIdentity | undefined {
  try {
    return keys.authenticate(authorization)
  } catch {
    return undefined
  }
}

/** Builds the HTTP server: auth, interceptors, routing, handlers; errors in Twenty's body shape. */
export function createSandboxServer(
  state: SandboxState,
  keys: ApiKeyRing,
  interceptors: readonly Interceptor[],
): Server {
  return createServer((request, response) => {
    void handle(state, keys, interceptors, request, response).catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(response, error.status, error.toBody(), error.headers)
      sendJson(response, 500, {
        statusCode: 500,
        error: 'InternalServerErrorException',
        messages: [String((error as Error)?.message ?? error)],
      })
    })
  })
}

async function handle(
  state: SandboxState,
  keys: ApiKeyRing,
  interceptors: readonly Interceptor[],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://sandbox.local')
  const method = (request.method ?? 'GET').toUpperCase()
  const { key, run } = resolve(state, keys, request, method, url)
  const chain = interceptors.reduceRight<() => Promise<HandlerResponse | undefined>>(
    (next, interceptor) => () =>
      interceptor({ method, path: url.pathname, key, raw: request, response }, next),
    run,
  )
  const answer = await chain()
  if (!answer) return
  if (answer.raw !== undefined) sendText(response, answer.status, answer.raw, answer.headers ?? {})
  else sendJson(response, answer.status, answer.body, answer.headers)
}

/**
 * The key and the handler of a request, in Twenty's order: an unknown route is refused first, then a bad key. The
 * OpenAPI document is public, so it is served with or without a key, but still through the interceptors, where a
 * test injects its faults.
 */
function resolve(
  state: SandboxState,
  keys: ApiKeyRing,
  request: IncomingMessage,
  method: string,
  url: URL,
): { key: ApiKeyIdentity | undefined; run: () => Promise<HandlerResponse> } {
  if (method === 'GET' && OPEN_API_CORE.test(url.pathname)) {
    // A valid key (Bearer header or ?token=) adds the workspace's objects.
    const token = url.searchParams.get('token')
    const key = identify(keys, request.headers.authorization ?? (token ? `Bearer ${token}` : undefined))
    const serverUrl = `http://${request.headers.host ?? 'sandbox.local'}`
    const described = key !== undefined
    const run = async () => ({
      status: 200,
      body: openApiCoreDocument(
        serverUrl,
        state.objects.all,
        state.selectOptions,
        described,
        state.restoreRoutes,
      ),
    })
    return { key, run }
  }
  const route = matchRoute(method, url.pathname, state.restoreRoutes)
  const key = keys.authenticate(request.headers.authorization)
  const run = async (): Promise<HandlerResponse> => {
    const body = await readJsonBody(request)
    return route.handler(state, { method, query: url.searchParams, params: route.params, body, key })
  }
  return { key, run }
}
