import { storedUrl } from '../internal/stored-url.js'
import { isBlank, trimBlank } from '../mapping/blank-text.js'

const isLinkPath = (path: string) => /url$/i.test(path)

/**
 * The comparable form of a key: trimmed, in Unicode NFC and lower-cased (a number as its digits); for URLs (domains, LinkedIn) also without
 * scheme, `www.` and trailing slash, and with an international host in ASCII (`bücher.example` as
 * `xn--bcher-kva.example`, the form Twenty stores), so `https://www.Acme.com/` and `acme.com` are one company.
 */
export function normaliseKey(value: unknown, path: string): string | undefined {
  // A NUMBER key (a legacy numeric id) is its digits: Twenty compares it with the text `"42"` as with `42`.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
  // A cell of only zero-width or no-break spaces is as blank as an empty one: no key, so the row is skipped.
  if (typeof value !== 'string' || isBlank(value)) return undefined
  // Invisible characters at the ends (a zero-width space pasted along) are not part of the key either.
  const text = trimBlank(value).normalize('NFC').toLowerCase()
  if (!isLinkPath(path)) return text
  return withAsciiHost(bareLink(text))
}

/**
 * The stored spellings a key may have in the CRM, for the lookup filter (an `in` list, which Twenty compares
 * exactly). Twenty lower-cases emails and the origin of links on every write, so the lower-cased spelling must be
 * asked for too: without it `Linh@Example.com` in a file misses `linh@example.com` in the CRM, and the row's
 * upsert then overwrites that record whatever the strategy says. A link's path keeps its case in Twenty and its
 * international host becomes ASCII, so `https://www.linkedin.com/in/Linh-Nguyen/` is also asked for as
 * `https://www.linkedin.com/in/Linh-Nguyen`, and `https://Bücher.example` as `https://xn--bcher-kva.example`.
 */
export function keySpellings(value: string, path: string): string[] {
  const raw = trimBlank(value)
  const nfc = raw.normalize('NFC')
  if (!isLinkPath(path)) return [...new Set([raw, nfc, nfc.toLowerCase()])]
  const lower = normaliseKey(raw, path) as string
  const cased = withAsciiHost(bareLink(nfc))
  return [
    ...new Set([
      raw,
      nfc.toLowerCase(),
      storedUrl(nfc),
      bareLink(nfc.toLowerCase()),
      ...[lower, cased].flatMap((bare) => [
        bare,
        `https://${bare}`,
        `http://${bare}`,
        `https://www.${bare}`,
        `http://www.${bare}`,
      ]),
    ]),
  ]
}

// A link without its scheme, `www.` and trailing slashes; the rest as given.
function bareLink(text: string): string {
  return text
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
}

// The link with its host lower-cased and, when international, in ASCII as a URL parser gives it; the rest as given.
function withAsciiHost(bare: string): string {
  const end = bare.search(/[/?#\\]/)
  const host = end === -1 ? bare : bare.slice(0, end)
  const rest = end === -1 ? '' : bare.slice(end)
  if (/^[\x20-\x7e]*$/.test(host)) return host.toLowerCase() + rest
  try {
    return new URL(`http://${host}`).host + rest
  } catch {
    return host.toLowerCase() + rest
  }
}
