import { normalisePhones } from './normalise-phones.js'
import type { FieldType } from './objects.js'

/**
 * The value of an EMAILS, LINKS, PHONES or CURRENCY field as Twenty stores it, as Twenty's record transformer does on
 * every create, upsert and update (`transformEmailsValue`, `transformLinksValue`, `transformPhonesValue`,
 * `transformCurrencyField`): emails lower-cased, URLs with a lower-cased origin and no trailing slash, phones parsed
 * into national number, calling code and country (see {@link normalisePhones}), amounts as numbers. Only the sub-fields the input carries change, so a partial update
 * leaves the others as they are. Any other value is returned as given.
 */
export function normaliseComposite(type: FieldType, value: Record<string, unknown>): Record<string, unknown> {
  const read = textAsRead(type, value)
  if (type === 'EMAILS') return normaliseEmails(read)
  if (type === 'LINKS') return normaliseLinks(read)
  if (type === 'PHONES') return normalisePhones(read)
  if (type === 'CURRENCY') return normaliseCurrency(read)
  return read
}

/**
 * The text sub-fields Twenty answers as `''` when they hold null (null-equivalent-values.constant.ts, applied by
 * format-result.util.ts to every answer and webhook): Twenty stores `''` and `null` alike as NULL
 * (transformTextField) and reads NULL back as `''`, so a sub-field written as null reads `''`.
 */
const TEXT_SUB_FIELDS: Partial<Record<FieldType, readonly string[]>> = {
  FULL_NAME: ['firstName', 'lastName'],
  EMAILS: ['primaryEmail'],
  LINKS: ['primaryLinkUrl', 'primaryLinkLabel'],
  PHONES: ['primaryPhoneNumber', 'primaryPhoneCountryCode', 'primaryPhoneCallingCode'],
  ADDRESS: [
    'addressStreet1',
    'addressStreet2',
    'addressCity',
    'addressPostcode',
    'addressState',
    'addressCountry',
  ],
  ACTOR: ['name'],
  RICH_TEXT_V2: ['markdown'],
}

function textAsRead(type: FieldType, value: Record<string, unknown>): Record<string, unknown> {
  const subFields = TEXT_SUB_FIELDS[type]
  if (!subFields?.some((sub) => value[sub] === null)) return value
  const next = { ...value }
  for (const sub of subFields) if (next[sub] === null) next[sub] = ''
  return next
}

// transform-currency-field.util.ts: amountMicros is stored as Number(value), '' and null as null.
function normaliseCurrency(value: Record<string, unknown>): Record<string, unknown> {
  if (!('amountMicros' in value)) return value
  const amount = value.amountMicros
  return { ...value, amountMicros: amount === null || amount === '' ? null : Number(amount) }
}

function normaliseEmails(value: Record<string, unknown>): Record<string, unknown> {
  const next = { ...value }
  if (typeof next.primaryEmail === 'string' && next.primaryEmail !== '') {
    next.primaryEmail = next.primaryEmail.toLowerCase()
  }
  if (Array.isArray(next.additionalEmails)) {
    next.additionalEmails = next.additionalEmails.map((email) =>
      typeof email === 'string' ? email.toLowerCase() : email,
    )
  }
  return next
}

function normaliseLinks(value: Record<string, unknown>): Record<string, unknown> {
  const next = { ...value }
  if (typeof next.primaryLinkUrl === 'string') next.primaryLinkUrl = normaliseUrl(next.primaryLinkUrl)
  if (Array.isArray(next.secondaryLinks)) {
    next.secondaryLinks = next.secondaryLinks.map((link) =>
      link !== null && typeof link === 'object' && typeof link.url === 'string'
        ? { ...link, url: normaliseUrl(link.url) }
        : link,
    )
  }
  return next
}

/**
 * twenty-shared's `lowercaseUrlOriginAndRemoveTrailingSlash`: an http(s) URL gets its origin lower-cased and
 * one trailing slash removed, the rest kept as typed; anything else (no scheme, `mailto:`) is kept as given.
 */
function normaliseUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return raw
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return raw
  const scheme = raw.indexOf('://')
  if (scheme === -1) return raw
  // The host ends where the path (a slash or, as URL parsers read it, a backslash), query or hash begins.
  const rest = raw.slice(scheme + 3).search(/[/?#\\]/)
  const suffix = rest === -1 ? '' : raw.slice(scheme + 3 + rest)
  return `${url.origin.toLowerCase()}${suffix}`.replace(/\/$/, '')
}
