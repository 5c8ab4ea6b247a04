import { emailSchema } from '../validation/email-schema.js'
import { trimBlank } from './blank-text.js'
import { describeValue, TwentyMappingError } from './mapping-error.js'

/**
 * Twenty's EMAILS composite field, as {@link toEmails} returns it: assignable to the {@link index!Emails | Emails}
 * of a record input, and stricter (the primary email is always set).
 */
export interface EmailsValue {
  /** Lower-cased; unique across the people of a workspace, which is why importers dedupe on it. */
  primaryEmail: string
  /** Present only when additional addresses were given, so an update never clears the list by accident. */
  additionalEmails?: string[]
}

/**
 * Converts addresses into Twenty's EMAILS field: trimmed (with zero-width characters, a hyperlink's `mailto:` and
 * `?subject=…`, and the display name of `"Linh" <linh@example.com>` as mail clients copy it), lower-cased, checked,
 * deduplicated.
 *
 * Lower-casing makes `Linh@Example.com` and `linh@example.com` the same person, as every mail provider treats them,
 * so deduplication by primary email works. `additional` may be a list or one string separated by commas, semicolons
 * or spaces, as spreadsheets hold it; the primary address is removed from it. A blank `additional` (an empty cell)
 * leaves `additionalEmails` out, so an update keeps the CRM's list; pass `[]` to clear it.
 *
 * @throws {@link TwentyMappingError} (code `MAPPING_FAILED`), one that names every invalid address, primary and
 * additional, so a report shows them all at once.
 *
 * @example
 * toEmails(' Linh@Example.com ', 'sales@example.com; linh@example.com')
 * // { primaryEmail: 'linh@example.com', additionalEmails: ['sales@example.com'] }
 */
export function toEmails(
  primary: string,
  additional?: string | readonly (string | null | undefined)[],
  options: { field?: string } = {},
): EmailsValue {
  const field = options.field ?? 'emails'
  const primaryEmail = cleanAddress(primary)
  const listed =
    additional === undefined
      ? undefined
      : (typeof additional === 'string' ? splitList(additional) : [...additional]).map(cleanAddress)
  // A blank cell (or a list of blank cells) means "nothing here", as everywhere in a field map, not "clear the
  // CRM's list"; only an explicitly empty list clears it.
  const blank = listed !== undefined && listed.length > 0 && listed.every((email) => email === '')
  const extras = blank ? undefined : listed?.filter((email) => email !== '')
  const invalid = [primaryEmail, ...(extras ?? [])].filter((email) => !isMappableEmail(email))
  if (invalid.length > 0) {
    const value = additional === undefined ? primary : { primary, additional }
    const names = invalid
      .map((email) => (email === '' ? 'an empty address' : describeValue(email)))
      .join(', ')
    throw new TwentyMappingError({ field, value, message: `not a valid email address: ${names}` })
  }
  const value: EmailsValue = { primaryEmail }
  if (extras !== undefined)
    value.additionalEmails = [...new Set(extras)].filter((email) => email !== primaryEmail)
  return value
}

// Zero-width characters and byte-order marks that text copied from web pages carries, invisible in a cell.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g

// `"Doe, Jane" <jane@example.com>` as mail clients copy an address: the display name may hold commas and spaces.
// A name without quotes holds no `@`, so `a@b.co <c@d.co>` (two addresses) is never read as one.
const NAMED_ADDRESS = /^(?:"[^"]*"|[^"<>@])*<([^<>]*)>$/

/**
 * An address as typed in a cell, trimmed and lower-cased, without the invisible characters, the display name of
 * `Name <address>` and the `mailto:` (and `?subject=…`) of a hyperlinked cell: Twenty's check accepts most of these
 * and stores them, and the stored address then never matches the same person typed plainly.
 */
function cleanAddress(email: unknown): string {
  if (typeof email !== 'string') return ''
  const text = trimBlank(email.replace(INVISIBLE, ''))
  const address = (NAMED_ADDRESS.exec(text)?.[1] ?? text).trim()
  const link = /^mailto:([^?]*)(\?.*)?$/i.exec(address)
  return (link ? (link[1] ?? '') : address).toLowerCase()
}

// A cell of several addresses, separated by commas, semicolons or spaces; `Name <address>` entries keep the commas
// and spaces of their display name.
function splitList(cell: string): string[] {
  const entries = cell.match(/(?:"[^"]*"|[^,;"<>@])*<[^<>]*>|[^,;\s]+/g) ?? []
  return entries.length > 0 ? entries : ['']
}

// A domain label: letters (any script), digits and inner hyphens, as in `bücher` or `ví-dụ`.
const LABEL = '[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?'
const DOTTED_DOMAIN = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`, 'u')
// Characters an unquoted local part cannot hold (RFC 5322 specials), which in a cell are debris of a list or a
// `Name <address>` form.
const LOCAL_DEBRIS = /[<>()[\]\\,;:]/

/**
 * Twenty's own check ({@link emailSchema}, which takes `info@bücher.de`), plus a dotted domain of letters, digits and
 * hyphens and a local part without list punctuation: Twenty would store `linh@gmail`, `linh@example.com,` or
 * `<linh@example.com>` as given, and a cell like that is a typo to report, not an address to import.
 */
function isMappableEmail(email: string): boolean {
  if (!emailSchema.safeParse(email).success) return false
  const at = email.lastIndexOf('@')
  return !LOCAL_DEBRIS.test(email.slice(0, at)) && DOTTED_DOMAIN.test(email.slice(at + 1))
}
