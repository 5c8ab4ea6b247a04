// Twenty stores every email address lower-cased (its record transformer, transformEmailsValue, lower-cases
// `primaryEmail` and `additionalEmails` on each write), so an exact match written as typed, `John@X.com`, finds
// nothing. Its newest releases lower-case the value of `eq`, `neq` and `in` on `primaryEmail` before querying
// (normalizeExactEmailsFilterValue), older ones send it as given: lower-casing it here makes a filter find the same
// records on every version. Only the case: newer releases also rewrite internationalised domains, in a form that has
// changed between releases, and `like`, `startsWith` and the rest are left as written, as Twenty leaves them.

const EXACT = new Set(['eq', 'neq', 'in'])
const SUB_FIELD = /^[^.]+\.primaryEmail$/

/**
 * `value` as Twenty compares it when `path` is an EMAILS field's `primaryEmail`, the only sub-field so named; a
 * custom object's own top-level field named `primaryEmail` is plain text and keeps its case.
 */
export function asStoredEmail(path: string, comparator: string, value: unknown): unknown {
  if (!EXACT.has(comparator) || !SUB_FIELD.test(path)) return value
  if (Array.isArray(value)) return value.map(lowerCased)
  return lowerCased(value)
}

const lowerCased = (value: unknown): unknown => (typeof value === 'string' ? value.toLowerCase() : value)
