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

/** Headers as middleware and errors see them: `authorization` masked, names lower-cased. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const copy: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase()
    copy[lower] = lower === 'authorization' || lower === 'cookie' ? maskAuthorization(value) : value
  }
  return copy
}

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
