import { toText } from '../iml/values.js'
import { MakeError } from './make-error.js'

/** The fetch the runner calls: the platform's HTTP in production, the sandbox's in tests. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>

/** A request after IML evaluation, ready to send. */
export interface ResolvedRequest {
  url: string
  method: string
  headers: Record<string, string>
  qs: Record<string, unknown>
  body: unknown
  /** How the body is encoded: json (default), text, or urlencoded. */
  type: string
}

/** An answer as IML sees it: `statusCode`, `headers` (lower-case names) and the parsed `body`. */
export interface HttpAnswer {
  statusCode: number
  headers: Record<string, string>
  body: unknown
}

/** `url` relative to `baseUrl` unless it is absolute, joined with exactly one slash. */
export function joinUrl(baseUrl: string | undefined, url: string): string {
  if (/^https?:\/\//i.test(url) || !baseUrl) return url
  return `${baseUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`
}

function withQuery(url: string, qs: Record<string, unknown>): string {
  const target = new URL(url)
  for (const [key, value] of Object.entries(qs)) {
    if (value === undefined || value === null) continue
    for (const item of Array.isArray(value) ? value : [value]) target.searchParams.append(key, toText(item))
  }
  return target.toString()
}

function encodeBody(request: ResolvedRequest): { body?: string; contentType?: string } {
  if (request.body === undefined || request.method === 'GET' || request.method === 'HEAD') return {}
  switch (request.type) {
    case 'text':
    case 'string':
    case 'raw':
      return { body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body) }
    case 'urlencoded':
      return {
        body: new URLSearchParams(
          Object.entries(request.body as object).map(([key, value]) => [key, toText(value)]),
        ).toString(),
        contentType: 'application/x-www-form-urlencoded',
      }
    default:
      return { body: JSON.stringify(request.body), contentType: 'application/json' }
  }
}

/** Sends one request; a failure without an answer is a ConnectionError, as in Make. */
export async function send(fetch: FetchLike, request: ResolvedRequest): Promise<HttpAnswer> {
  const { body, contentType } = encodeBody(request)
  let response: Response
  try {
    const headers = new Headers(request.headers)
    if (contentType && !headers.has('content-type')) headers.set('content-type', contentType)
    response = await fetch(withQuery(request.url, request.qs), {
      method: request.method,
      headers,
      ...(body !== undefined && { body }),
      redirect: 'manual',
    })
  } catch (error) {
    throw requestFailed(error, request)
  }
  const text = await response.text()
  const answerHeaders: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    answerHeaders[name.toLowerCase()] = value
  })
  return {
    statusCode: response.status,
    headers: answerHeaders,
    body: parseBody(text, answerHeaders['content-type']),
  }
}

/**
 * The ConnectionError for a request that got no answer. fetch words some refusals with what it refused: a URL
 * with a user and password (`https://admin:…@crm.example.com`), a header value with a line break (a key pasted
 * wrapped). Both are masked, and the original error, which still holds them, is not kept as the cause.
 */
function requestFailed(error: unknown, request: ResolvedRequest): MakeError {
  const said = error instanceof Error ? error.message : String(error)
  let message = said.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1[REDACTED]@')
  for (const [name, value] of Object.entries(request.headers)) {
    if (!/^(authorization|cookie|x-api-key)$/i.test(name)) continue
    for (const secret of [value, value.replace(/^\w+\s+/, '')]) {
      if (secret.length >= 4) message = message.split(secret).join('[REDACTED]')
    }
  }
  return new MakeError(
    'ConnectionError',
    `Request failed: ${message}`,
    undefined,
    message === said ? { cause: error } : undefined,
  )
}

/** Make's automatic response type: JSON when the server says so (or the text is JSON), text otherwise. */
function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined
  const looksJson = /^\s*[[{"]|^\s*(true|false|null|-?\d)/.test(text)
  if (contentType?.includes('json') || looksJson) {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return text
}
