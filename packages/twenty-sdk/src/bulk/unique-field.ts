import { readPath } from '../internal/field-path.js'
import type { BaseResource, InputSchemaName } from '../resources/base-resource.js'
import type { ImportOptions } from './import-types.js'
import { type AnyRecord, keyCondition, lookUp, lookUpFilters } from './look-up.js'
import type { Prepared } from './prepare-rows.js'
import { normaliseKey } from './record-keys.js'

/** The field Twenty's upsert matches a record on besides its id: a person's primary email, a company's domain. */
const UNIQUE_FIELDS: Partial<Record<InputSchemaName, string>> = {
  person: 'emails.primaryEmail',
  company: 'domainName.primaryLinkUrl',
}

/**
 * The CRM records that rows not matched by `keyBy` name on the object's unique field, by row index. Twenty's upsert
 * matches on that field whatever `keyBy` says, so such a row (people keyed by LinkedIn URL, one of them with the
 * email of a person already in the CRM) would be written over that person and reported created, under
 * `manualReview` and `crmWins` too. Found here, it is decided by the strategy like any matched row.
 */
export async function lookUpByUniqueField<TRow>(
  resource: BaseResource<unknown, unknown, unknown>,
  schemaName: InputSchemaName,
  items: Prepared<TRow>[],
  options: ImportOptions<TRow, unknown> & { keyBy: string },
  batchSize: number,
): Promise<Map<number, AnyRecord>> {
  const field = UNIQUE_FIELDS[schemaName]
  if (field === undefined || field === options.keyBy) return new Map()
  const keyed = items.flatMap((item) => {
    const value = readPath(item.input, field)
    const key = normaliseKey(value, field)
    return key && filterable(String(value), field) ? [{ ...item, key }] : []
  })
  if (keyed.length === 0) return new Map()
  const found = await lookUp(resource, keyed, { ...options, keyBy: field }, batchSize)
  return new Map(
    keyed.flatMap((item): [number, AnyRecord][] => {
      const record = found.get(item.key)
      return record ? [[item.index, record]] : []
    }),
  )
}

// A value Twenty's filter syntax cannot carry is not looked up; the write then fails or succeeds as Twenty decides.
function filterable(value: string, field: string): boolean {
  try {
    for (const filter of lookUpFilters(value, field)) keyCondition(filter)
    return true
  } catch {
    return false
  }
}
