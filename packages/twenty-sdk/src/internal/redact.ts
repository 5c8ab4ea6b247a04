/** What replaces a secret wherever the SDK shows a request: errors, middleware contexts, inspect output. */
export const REDACTED = '[REDACTED]'

// Query parameters that carry credentials (Twenty's OpenAPI route accepts `?token=`).
const SECRET_QUERY_PARAMS = /^(token|key|api[-_]?key|access[-_]?token|secret)$/i

/**
 * Masks credentials in a parsed URL (user info and credential-looking query parameters), changing it in place,
 * and returns its text: every request builds one URL, and its redacted text is what errors and middleware show.
 */
export function redactParsedUrl(parsed: URL): string {
  if (parsed.username || parsed.password) {
    parsed.username = REDACTED
    parsed.password = ''
  }
  if (parsed.search) {
    for (const name of [...parsed.searchParams.keys()]) {
      if (SECRET_QUERY_PARAMS.test(name)) parsed.searchParams.set(name, REDACTED)
    }
  }
  return parsed.href
}

// Headers that carry credentials besides the key: a session, an authenticating proxy's or gateway's own
// (Cloudflare Access's `cf-access-client-secret`, `proxy-authorization`, `x-api-key`).
const SECRET_HEADERS = /^(cookie|proxy-authorization|x-api-key|api-key|x-auth-token|[\w-]*secret)$/

/**
 * Headers as middleware and errors see them: `authorization` and other credentials (`cookie`,
 * `proxy-authorization`, `x-api-key`, `…-secret`) masked, names lower-cased. A masked credential is still sent:
 * {@link unmaskHeaders} puts it back for the sender. (`authorization` is the client's own key, which the sender
 * adds itself.)
 */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const copy: Record<string, string> = {}
  let originals: Map<string, { masked: string; value: string }> | undefined
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase()
    if (lower === 'authorization' || SECRET_HEADERS.test(lower)) {
      copy[lower] = maskAuthorization(value)
      if (lower !== 'authorization' && copy[lower] !== value) {
        originals ??= new Map()
        originals.set(lower, { masked: copy[lower], value })
      }
    } else {
      copy[lower] = value
    }
  }
  if (originals) maskedValues.set(copy, originals)
  return copy
}

/** A copy of headers made by {@link redactHeaders} that the sender can still unmask. */
export function copyHeaders(headers: Record<string, string>): Record<string, string> {
  const copy = { ...headers }
  const originals = maskedValues.get(headers)
  if (originals) maskedValues.set(copy, originals)
  return copy
}

/**
 * The values to send for headers that {@link redactHeaders} masked (keyed by the masked object, which an attempt's
 * context shares), unless middleware replaced them. Empty when nothing was masked.
 */
export function unmaskHeaders(masked: Record<string, string>, target: Record<string, string>): void {
  const originals = maskedValues.get(masked)
  if (!originals) return
  for (const [name, { masked: shown, value }] of originals) {
    if (target[name] === shown) target[name] = value
  }
}

// The real values behind masked headers, out of sight of middleware, `util.inspect` and `JSON.stringify`.
const maskedValues = new WeakMap<object, Map<string, { masked: string; value: string }>>()

/**
 * Query parameters as middleware sees them: credential-looking ones (`token`, `api_key`, …) masked, as in the
 * context's `url`. {@link unmaskedQuery} gives the sender the values to send.
 */
export function redactQuery<Query extends Record<string, unknown>>(query: Query | undefined): Query {
  const copy = { ...query } as Query
  let originals: Record<string, unknown> | undefined
  for (const name in copy) {
    if (copy[name] === undefined || !SECRET_QUERY_PARAMS.test(name)) continue
    originals ??= { ...copy }
    ;(copy as Record<string, unknown>)[name] = REDACTED
  }
  if (originals) maskedQueries.set(copy, originals)
  return copy
}

/** The query to send for one made by {@link redactQuery}: the caller's values behind the masked ones. */
export function unmaskedQuery<Query extends Record<string, unknown>>(masked: Query): Query {
  return (maskedQueries.get(masked) as Query | undefined) ?? masked
}

const maskedQueries = new WeakMap<object, Record<string, unknown>>()

function maskAuthorization(value: string): string {
  const scheme = /^(\w+)\s+/.exec(value)?.[1]
  return scheme ? `${scheme} ${REDACTED}` : REDACTED
}

/** Replaces every occurrence of the given secrets in a text (defence in depth for messages from elsewhere). */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of secrets) {
    if (secret.length >= 8) result = result.split(secret).join(REDACTED)
  }
  return result
}

/**
 * A copy of a parsed body (or text) with every given secret replaced in its strings and keys; the value itself
 * when no string holds one.
 */
export function redactValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, secrets)
  if (depth > 32 || typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1))
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    copy[redactText(key, secrets)] = redactValue(item, secrets, depth + 1)
  }
  return copy
}
