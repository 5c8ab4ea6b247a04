import type { HttpAnswer, ResolvedRequest } from './http.js'

/** One request and its answer as Make's execution log would keep them, after `log.sanitize`. */
export interface LogEntry {
  request: {
    method: string
    url: string
    headers: Record<string, string>
    qs: Record<string, unknown>
    body: unknown
  }
  response?: HttpAnswer
}

const MASK = '******'

function mask(target: unknown, path: readonly string[]): void {
  const [head, ...rest] = path
  if (head === undefined || typeof target !== 'object' || target === null) return
  const record = target as Record<string, unknown>
  // Header names are case-insensitive, so the log matches them in any case.
  const key = Object.keys(record).find(
    (candidate) => candidate === head || candidate.toLowerCase() === head.toLowerCase(),
  )
  if (key === undefined) return
  if (rest.length === 0) record[key] = MASK
  else mask(record[key], rest)
}

/** A copy of the exchange with every `log.sanitize` path (`request.headers.authorization`, …) masked. */
export function sanitizeLog(
  request: ResolvedRequest,
  answer: HttpAnswer | undefined,
  sanitize: readonly string[],
): LogEntry {
  const entry: LogEntry = structuredClone({
    request: {
      method: request.method,
      url: request.url,
      headers: request.headers,
      qs: request.qs,
      body: request.body,
    },
    ...(answer && { response: answer }),
  })
  for (const path of sanitize) mask(entry, path.split('.'))
  return entry
}
