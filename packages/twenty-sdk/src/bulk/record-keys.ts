/**
 * The comparable form of a key: trimmed and lower-cased; for URLs (domains, LinkedIn) also without scheme,
 * `www.` and trailing slash, so `https://www.Acme.com/` and `acme.com` are one company.
 */
export function normaliseKey(value: unknown, path: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const text = value.trim().toLowerCase()
  if (!/url$/i.test(path)) return text
  return text
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '')
}

/** The stored spellings a normalised URL key may have in the CRM, for the lookup filter. */
export function keySpellings(value: string, path: string): string[] {
  const raw = value.trim()
  if (!/url$/i.test(path)) return [raw]
  const bare = normaliseKey(raw, path) as string
  return [
    ...new Set([raw, bare, `https://${bare}`, `http://${bare}`, `https://www.${bare}`, `http://www.${bare}`]),
  ]
}
