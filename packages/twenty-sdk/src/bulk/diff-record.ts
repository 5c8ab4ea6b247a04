import type { FieldConflict } from './import-types.js'
import { storedForm } from './stored-form.js'
import { hasPhoneNumber, type PhonesInStoredForm } from './stored-phones.js'

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i

// Equal as stored: Twenty keeps composite lists in JSONB, which reorders object keys (`additionalPhones` comes back
// as `{number, callingCode, countryCode}`), returns NUMERIC values such as `amountMicros` as numbers or text, and
// writes instants in its own ISO form. Comparing by `JSON.stringify` saw differences on every re-run.
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a === 'number' && typeof b === 'string') return b.trim() !== '' && Number(b) === a
  if (typeof a === 'string' && typeof b === 'number') return equal(b, a)
  if (typeof a === 'string' && typeof b === 'string')
    return ISO_INSTANT.test(a) && ISO_INSTANT.test(b) && Date.parse(a) === Date.parse(b)
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => equal(item, b[index]))
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) || Array.isArray(b)) return false
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  return [...keys].every((key) => equal(left[key], right[key]))
}

const same = (a: unknown, b: unknown) => (isEmpty(a) && isEmpty(b)) || equal(a, b)

/**
 * The fields (composite sub-fields as `emails.primaryEmail`) whose incoming value differs from the CRM's, once in
 * the form Twenty would store it (emails lower-cased, links with a lower-cased host, and phones as national
 * numbers with their codes when `phonesInStoredForm` is given). Only fields present in the input count: an import
 * never erases what it did not mention.
 */
export function diffRecord(
  crm: Record<string, unknown>,
  incoming: Record<string, unknown>,
  phonesInStoredForm?: PhonesInStoredForm,
): FieldConflict[] {
  const differences: FieldConflict[] = []
  for (const [field, value] of Object.entries(incoming)) {
    if (field === 'id' || value === undefined) continue
    const current = crm[field]
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const given = value as Record<string, unknown>
      const stored = phonesInStoredForm && hasPhoneNumber(given) ? phonesInStoredForm(given, current) : given
      // A phone's codes the row leaves out but its number gives are compared and written with it.
      for (const sub of Object.keys(stored)) {
        const subValue = sub in given ? given[sub] : stored[sub]
        const crmSub =
          current !== null && typeof current === 'object'
            ? (current as Record<string, unknown>)[sub]
            : undefined
        if (subValue !== undefined && !same(crmSub, storedForm(sub, stored[sub])))
          differences.push({ field: `${field}.${sub}`, crm: crmSub, incoming: subValue })
      }
    } else if (!same(current, value)) {
      differences.push({ field, crm: current, incoming: value })
    }
  }
  return differences
}

/**
 * Rebuilds a patch from the differences to write. A composite goes whole: the CRM's other non-empty sub-fields
 * are sent with the changed ones, because some Twenty versions reset the sub-fields a write leaves out (a LINKS
 * patch with only a label cleared the URL; an EMAILS patch with only `additionalEmails` cleared the primary email).
 */
export function patchFrom(
  differences: readonly FieldConflict[],
  crm: Record<string, unknown> = {},
): Record<string, unknown> {
  const patch: Record<string, unknown> = {}
  for (const { field, incoming } of differences) {
    const [top, sub] = field.split('.') as [string, string | undefined]
    if (sub === undefined) {
      patch[top] = incoming
      continue
    }
    const base = (patch[top] as Record<string, unknown> | undefined) ?? storedSubFields(crm[top])
    patch[top] = { ...base, [sub]: incoming }
  }
  return patch
}

function storedSubFields(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {}
  return Object.fromEntries(Object.entries(value).filter(([, sub]) => sub !== null && sub !== undefined))
}

export { isEmpty }
