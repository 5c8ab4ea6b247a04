import { storedUrl } from '../internal/stored-url.js'
import { isBlank, trimBlank } from './blank-text.js'
import { describeValue, TwentyMappingError } from './mapping-error.js'

/** One entry of Twenty's `secondaryLinks`. */
export interface LinkItemValue {
  /** The normalised URL, as in `primaryLinkUrl`. */
  url: string
  /** The link's label; empty from {@link toLinks}, which takes no labels for secondary links. */
  label: string
}

/**
 * Twenty's LINKS composite field (`domainName`, `linkedinLink`, `xLink`, …), as {@link toLinks} returns it:
 * assignable to the {@link index!Links | Links} of a record input.
 */
export interface LinksValue {
  /** The normalised URL: `https://` added when missing, scheme and host lower-cased, no trailing slash. */
  primaryLinkUrl: string
  /** Present only when a label was given. */
  primaryLinkLabel?: string
  /** Present only when secondary links were given, so an update never clears the list by accident. */
  secondaryLinks?: LinkItemValue[]
}

/** Options of {@link toLinks}. */
export interface LinksOptions {
  /** Label of the primary link. */
  label?: string
  /**
   * More URLs for `secondaryLinks`, normalised the same way, with empty labels. Blank entries (empty cells, `null`,
   * `undefined`) are skipped; when every entry is blank the list is left out, so an update keeps the CRM's. `[]`
   * clears it.
   */
  secondaryLinks?: readonly (string | null | undefined)[]
  /** Field name used in a {@link TwentyMappingError}; defaults to `links`. */
  field?: string
}

function normalizeUrl(input: string, field: string): string {
  const refuse = (reason: string, quote = true): TwentyMappingError =>
    new TwentyMappingError({
      field,
      value: input,
      message: `${quote ? describeValue(input) : 'The link'} is not a web address: ${reason}`,
    })
  const text = typeof input === 'string' ? trimBlank(input) : ''
  if (text === '') throw refuse('it is empty')
  if (/\s/.test(text)) throw refuse('it contains spaces')
  // "mailto:a@b.co", "tel:+84…", "javascript:…": a scheme without "//" (a colon before digits is a port instead).
  if (!text.includes('://') && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) {
    throw refuse('only http and https links are allowed')
  }
  // People write "example.com" or "www.example.com"; Twenty links are full URLs, and https is the safe default.
  const candidate = text.includes('://') ? text : text.startsWith('//') ? `https:${text}` : `https://${text}`
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    throw refuse('it cannot be read as a URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw refuse('only http and https links are allowed')
  // Credentials in a link would be shown to every CRM user, so the message does not repeat them either.
  if (url.username !== '' || url.password !== '') throw refuse('it contains a user name or password', false)
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') throw refuse('it has no domain name')
  // Twenty stores links with the scheme and host lower-cased and without a trailing slash; returning that form
  // makes a re-import compare equal instead of updating `https://www.Example.com/` on every run.
  return storedUrl(candidate)
}

/**
 * Converts a web address into Twenty's LINKS field, adding `https://` when the scheme is missing
 * (`example.com` → `https://example.com`).
 *
 * The scheme and host are lower-cased and a trailing slash is dropped (`WWW.Example.com/` →
 * `https://www.example.com`), as Twenty stores links, so a re-import compares equal; the path is kept as written. A
 * company's `domainName` is what `companies.importMany` matches on, so mapping it with this keeps a re-import from
 * creating a second company.
 *
 * @throws {@link TwentyMappingError} (code `MAPPING_FAILED`) for a link that is not http(s), or contains
 * credentials, spaces or no domain; also for a bad entry of `secondaryLinks`.
 *
 * @example
 * toLinks('linkedin.com/in/linh', { label: 'LinkedIn' })
 * // { primaryLinkUrl: 'https://linkedin.com/in/linh', primaryLinkLabel: 'LinkedIn' }
 */
export function toLinks(url: string, options: LinksOptions = {}): LinksValue {
  const field = options.field ?? 'links'
  const value: LinksValue = { primaryLinkUrl: normalizeUrl(url, field) }
  if (options.label !== undefined) value.primaryLinkLabel = options.label
  // Blank cells are "nothing here": skipped, and a list of only blank cells leaves the CRM's list alone.
  const secondary = options.secondaryLinks?.filter((link): link is string => !isBlank(link))
  if (secondary !== undefined && (secondary.length > 0 || options.secondaryLinks?.length === 0)) {
    value.secondaryLinks = secondary.map((link) => ({
      url: normalizeUrl(link, field),
      label: '',
    }))
  }
  return value
}
