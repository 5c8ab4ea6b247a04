import type { ObjectDefinition } from './objects.js'
import type { StoredRecord } from './record-store.js'

/**
 * How Twenty's merge combines the values of several records into the one it keeps, field by field
 * (twentyhq/twenty `common-merge-many-query-runner.service.ts` `performDeepMerge`, and the helpers in
 * `engine/api/graphql/graphql-query-runner/utils/`: `has-record-field-value`, `merge-field-values`,
 * `default-merge-field-value`, `merge-emails-field-values`, `merge-phones-field-values`,
 * `merge-links-field-values`).
 */

interface Candidate {
  value: unknown
  recordId: string
}

type Composite = Record<string, unknown>

/**
 * Fields Twenty marks `isSystem`, which the merge leaves as the kept record has them: `id` and `position` on every
 * object, and `avatarUrl` on people (`@WorkspaceIsSystem()` in `person.workspace-entity.ts`). The sandbox's
 * server-managed fields (`field.system`: id, timestamps, actors) are skipped too: the update sets them itself, and
 * Twenty's merge keeps the kept record's `createdAt`/`createdBy`, which are never empty.
 */
const NOT_MERGED = new Set(['position'])
const NOT_MERGED_BY_OBJECT: Record<string, readonly string[]> = { person: ['avatarUrl'] }

/** Twenty's `hasRecordFieldValue`: a non-blank string, a number, a boolean, a non-empty array, or an object with one. */
export function hasRecordFieldValue(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'number') return !Number.isNaN(value)
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.values(value).some(hasRecordFieldValue)
  return true
}

/**
 * The values to write on the kept record: for every field at least one record fills, the only value there is, or
 * (when several records fill it) the kept record's value if it has one, else the first other record's in the
 * order of `ids`. Emails, phones and links keep one primary that way and gather every other address, number or URL
 * of every record into the additional list, without repeats. Fields no record fills are not in the result.
 */
export function mergeRecordValues(
  object: ObjectDefinition,
  records: readonly StoredRecord[],
  priorityId: string,
): Record<string, unknown> {
  const skip = new Set([...NOT_MERGED, ...(NOT_MERGED_BY_OBJECT[object.singular] ?? [])])
  const merged: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(object.fields)) {
    if (skip.has(name) || field.system) continue
    const candidates = records
      .filter((record) => hasRecordFieldValue(record[name]))
      .map((record) => ({ value: record[name], recordId: record.id }))
    if (candidates.length === 0) continue
    if (candidates.length === 1) {
      merged[name] = structuredClone((candidates[0] as Candidate).value)
      continue
    }
    const merge =
      field.type === 'EMAILS'
        ? mergeEmails
        : field.type === 'PHONES'
          ? mergePhones
          : field.type === 'LINKS'
            ? mergeLinks
            : preferPriority
    merged[name] = structuredClone(merge(candidates, priorityId))
  }
  return merged
}

/** Twenty's `defaultMergeFieldValue`: the kept record's value when it has one, else the first that has one. */
function preferPriority(candidates: readonly Candidate[], priorityId: string): unknown {
  const priority = candidates.find((candidate) => candidate.recordId === priorityId)
  if (priority && hasRecordFieldValue(priority.value)) return priority.value
  return candidates.find((candidate) => hasRecordFieldValue(candidate.value))?.value ?? null
}

/** The candidate whose `sub` is filled: the kept record's if it fills it, else the first one that does. */
function primarySource(
  candidates: readonly Candidate[],
  priorityId: string,
  sub: string,
): Composite | undefined {
  const values = candidates.map((candidate) => ({ ...candidate, value: candidate.value as Composite }))
  const priority = values.find((candidate) => candidate.recordId === priorityId)
  if (priority && hasRecordFieldValue(priority.value[sub])) return priority.value
  return values.find((candidate) => hasRecordFieldValue(candidate.value[sub]))?.value
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const composites = (candidates: readonly Candidate[]) =>
  candidates.map((candidate) => candidate.value as Composite)

function mergeEmails(candidates: readonly Candidate[], priorityId: string): Composite {
  const primaryEmail = (primarySource(candidates, priorityId, 'primaryEmail')?.primaryEmail as string) || ''
  const all: unknown[] = []
  for (const value of composites(candidates)) {
    if (hasRecordFieldValue(value.primaryEmail)) all.push(value.primaryEmail)
    all.push(...asArray(value.additionalEmails).filter(hasRecordFieldValue))
  }
  // A Set: repeats are dropped by exact string, as Twenty does.
  const additional = [...new Set(all)].filter((email) => email !== primaryEmail)
  return { primaryEmail, additionalEmails: additional.length > 0 ? additional : null }
}

function mergePhones(candidates: readonly Candidate[], priorityId: string): Composite {
  const source = primarySource(candidates, priorityId, 'primaryPhoneNumber')
  const primaryPhoneNumber = (source?.primaryPhoneNumber as string | undefined) ?? ''
  const all: Composite[] = []
  for (const value of composites(candidates)) {
    if (hasRecordFieldValue(value.primaryPhoneNumber)) {
      all.push({
        number: value.primaryPhoneNumber,
        countryCode: value.primaryPhoneCountryCode,
        callingCode: value.primaryPhoneCallingCode,
      })
    }
    for (const phone of asArray(value.additionalPhones) as Composite[]) {
      if (hasRecordFieldValue(phone?.number)) all.push(phone)
    }
  }
  const additional = uniqueBy(all, 'number').filter((phone) => phone.number !== primaryPhoneNumber)
  return {
    primaryPhoneNumber,
    // Twenty leaves the country code null (not '') when no record has a primary number.
    primaryPhoneCountryCode: source ? source.primaryPhoneCountryCode : null,
    primaryPhoneCallingCode: (source?.primaryPhoneCallingCode as string | undefined) ?? '',
    additionalPhones: additional.length > 0 ? additional : null,
  }
}

function mergeLinks(candidates: readonly Candidate[], priorityId: string): Composite {
  const source = primarySource(candidates, priorityId, 'primaryLinkUrl')
  const primaryLinkUrl = (source?.primaryLinkUrl as string | undefined) ?? ''
  const all: Composite[] = []
  for (const value of composites(candidates)) {
    if (hasRecordFieldValue(value.primaryLinkUrl)) {
      all.push({ url: value.primaryLinkUrl, label: value.primaryLinkLabel })
    }
    for (const link of asArray(value.secondaryLinks) as Composite[]) {
      if (hasRecordFieldValue(link?.url)) all.push(link)
    }
  }
  const secondary = uniqueBy(all, 'url').filter((link) => link.url !== primaryLinkUrl)
  return {
    primaryLinkLabel: (source?.primaryLinkLabel as string | undefined) ?? '',
    primaryLinkUrl,
    secondaryLinks: secondary.length > 0 ? secondary : null,
  }
}

/** lodash's `uniqBy(items, key)`, which Twenty uses: the first item of each key, in order. */
function uniqueBy(items: readonly Composite[], key: string): Composite[] {
  const seen = new Set<unknown>()
  return items.filter((item) => {
    if (seen.has(item[key])) return false
    seen.add(item[key])
    return true
  })
}
