import type { Base, Communication, ErrorSpec, ResponseSpec } from '../format/types.js'

/**
 * A module's request with the base folded in, as Make merges them: the base URL prefixes relative URLs, headers
 * and query strings merge key by key (the module wins), `response` directives of the module replace the
 * base's except `error`, whose per-status entries merge, and both `log.sanitize` lists apply.
 */
export function withBase(
  base: Base | undefined,
  communication: Communication,
): Communication & { baseUrl?: string } {
  if (base === undefined) return communication
  const error: ErrorSpec | undefined =
    base.response?.error || communication.response?.error
      ? { ...base.response?.error, ...communication.response?.error }
      : undefined
  const response: ResponseSpec = { ...base.response, ...communication.response, ...(error && { error }) }
  const sanitize = [...(base.log?.sanitize ?? []), ...(communication.log?.sanitize ?? [])]
  return {
    ...communication,
    ...(base.baseUrl !== undefined && { baseUrl: base.baseUrl }),
    headers: { ...base.headers, ...communication.headers },
    qs: { ...base.qs, ...communication.qs },
    ...(communication.body === undefined && base.body !== undefined && { body: base.body }),
    response,
    log: { sanitize },
  }
}
