/**
 * The comparable form of a key: trimmed, in Unicode NFC and lower-cased; for URLs (domains, LinkedIn) also without
 * scheme, `www.` and trailing slash, so `https://www.Acme.com/` and `acme.com` are one company.
 */
export function normaliseKey(value: unknown, path: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const text = value.trim().normalize('NFC').toLowerCase()
  if (!/url$/i.test(path)) return text
  return text
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '')
}

/**
 * The stored spellings a key may have in the CRM, for the lookup filter (an `in` list, which Twenty compares
 * exactly). Twenty lower-cases emails and the origin of links on every write, so the lower-cased spelling must be
 * asked for too: without it `Linh@Example.com` in a file misses `linh@example.com` in the CRM, and the row's
 * upsert then overwrites that record whatever the strategy says.
 */
export function keySpellings(value: string, path: string): string[] {
  const raw = value.trim()
  const nfc = raw.normalize('NFC')
  if (!/url$/i.test(path)) return [...new Set([raw, nfc, nfc.toLowerCase()])]
  const bare = normaliseKey(raw, path) as string
  return [
    ...new Set([
      raw,
      nfc.toLowerCase(),
      bare,
      `https://${bare}`,
      `http://${bare}`,
      `https://www.${bare}`,
      `http://www.${bare}`,
    ]),
  ]
}
