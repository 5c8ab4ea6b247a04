import { storedUrl } from '../internal/stored-url.js'

/**
 * A composite sub-field's value in the form Twenty stores it: its record transformer lower-cases emails
 * (`primaryEmail`, `additionalEmails`) and gives http(s) links (`primaryLinkUrl`, `secondaryLinks[].url`) a
 * lower-cased scheme and host without a trailing slash, on every write. Comparing a file's value in this form
 * with the CRM's keeps a re-run from rewriting `Linh@Example.com` or `https://Acme.com/` on every run. Other
 * sub-fields are returned as given.
 */
export function storedForm(subField: string, value: unknown): unknown {
  switch (subField) {
    case 'primaryEmail':
      return typeof value === 'string' ? value.toLowerCase() : value
    case 'additionalEmails':
      return Array.isArray(value)
        ? value.map((email) => (typeof email === 'string' ? email.toLowerCase() : email))
        : value
    case 'primaryLinkUrl':
      return typeof value === 'string' ? storedUrl(value) : value
    case 'secondaryLinks':
      return Array.isArray(value)
        ? value.map((link) =>
            link !== null && typeof link === 'object' && typeof link.url === 'string'
              ? { ...link, url: storedUrl(link.url) }
              : link,
          )
        : value
    default:
      return value
  }
}
