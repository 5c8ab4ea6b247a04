import type { FieldConflict } from './import-types.js'

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

const same = (a: unknown, b: unknown) => (isEmpty(a) && isEmpty(b)) || JSON.stringify(a) === JSON.stringify(b)

/**
 * The fields (composite sub-fields as `emails.primaryEmail`) whose incoming value differs from the CRM's.
 * Only fields present in the input count: an import never erases what it did not mention.
 */
export function diffRecord(crm: Record<string, unknown>, incoming: Record<string, unknown>): FieldConflict[] {
  const differences: FieldConflict[] = []
  for (const [field, value] of Object.entries(incoming)) {
    if (field === 'id' || value === undefined) continue
    const current = crm[field]
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, subValue] of Object.entries(value)) {
        const crmSub =
          current !== null && typeof current === 'object'
            ? (current as Record<string, unknown>)[sub]
            : undefined
        if (subValue !== undefined && !same(crmSub, subValue))
          differences.push({ field: `${field}.${sub}`, crm: crmSub, incoming: subValue })
      }
    } else if (!same(current, value)) {
      differences.push({ field, crm: current, incoming: value })
    }
  }
  return differences
}

/** Rebuilds a patch (composites as objects) from the differences to write. */
export function patchFrom(differences: readonly FieldConflict[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {}
  for (const { field, incoming } of differences) {
    const [top, sub] = field.split('.') as [string, string | undefined]
    if (sub === undefined) patch[top] = incoming
    else patch[top] = { ...(patch[top] as Record<string, unknown> | undefined), [sub]: incoming }
  }
  return patch
}

export { isEmpty }
