import { isTwentyMappingError, toLinks } from 'twenty-sdk/mapping'
import { asInvalidInput, invalidInput, text } from './values.js'

/**
 * The bare host of a website as people type it ("https://www.Acme.com/about" → "acme.com"), used to compare
 * domains whatever scheme, "www." or path they were stored with; `undefined` when it is no web address.
 *
 * The SDK's `toLinks` reads the address (adds `https://` when the scheme is missing; refuses spaces, user names
 * and non-web schemes). Reducing it to a host to compare is the app's own: `toLinks` keeps the link as written.
 */
export function hostOf(value: string): string | undefined {
  try {
    return hostOfLink(toLinks(value).primaryLinkUrl)
  } catch (error) {
    // Also used on the values Twenty returns, where text that is no address simply matches nothing.
    if (isTwentyMappingError(error)) return undefined
    throw error
  }
}

// `URL` lower-cases the host; `toLinks` has already checked that the link parses.
function hostOfLink(link: string): string | undefined {
  return new URL(link).hostname.replace(/^www\./, '') || undefined
}

/**
 * A company domain as Twenty's LINKS field stores it: `https://` + host, so Twenty's one-company-per-domain rule
 * and Find Company see "www.Acme.com/about" and "acme.com" as the same company. `toLinks` checks the address;
 * the reduction to `https://` + host, and refusing a host without a dot (`toLinks` accepts "localhost" as a
 * link, but it is no company's domain), are this Domain field's own rules.
 */
export function websiteUrl(value: unknown, path: string): string | undefined {
  const raw = text(value)
  if (raw === undefined) return undefined
  let host: string | undefined
  try {
    host = hostOfLink(toLinks(raw, { field: path }).primaryLinkUrl)
  } catch (error) {
    throw asInvalidInput(error, path)
  }
  if (!host?.includes('.')) throw invalidInput(path, `"${raw}" is not a domain such as acme.com`)
  return `https://${host}`
}
