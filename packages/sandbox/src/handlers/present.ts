import { OBJECTS_BY_SINGULAR, type ObjectDefinition } from '../store/objects.js'
import type { RecordStore, StoredRecord } from '../store/record-store.js'

/** `person` → `Person`: how Twenty derives envelope and schema names from an object's names. */
export const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)

/** Envelope keys Twenty's REST handlers use: `createPerson`, `createPeople`, `deletePerson`, … */
export const envelopeKey = (verb: string, name: string) => `${verb}${capitalize(name)}`

/**
 * Records of one one-to-many relation embedded per parent: Twenty's QUERY_MAX_RECORDS_FROM_RELATION (twenty-shared),
 * the limit its nested-relations helper loads them with.
 */
export const MAX_RECORDS_FROM_RELATION = 60

/**
 * A record as the REST API returns it: depth 0 carries foreign-key ids only; depth 1 also embeds each related
 * record (many-to-one) and each list of related records (one-to-many, at most {@link MAX_RECORDS_FROM_RELATION}),
 * themselves at depth 0.
 */
export function present(
  store: RecordStore,
  object: ObjectDefinition,
  record: StoredRecord,
  depth: 0 | 1,
): Record<string, unknown> {
  const output: Record<string, unknown> = structuredClone(record)
  if (depth === 0) return output
  for (const [key, field] of Object.entries(object.fields)) {
    const target = field.relation && OBJECTS_BY_SINGULAR.get(field.relation.object)
    if (!target || !field.relation) continue
    const id = record[key]
    const related = typeof id === 'string' ? store.find(target, id) : undefined
    output[field.relation.as] = related ? structuredClone(related) : null
  }
  for (const [name, relation] of Object.entries(object.oneToMany)) {
    const target = OBJECTS_BY_SINGULAR.get(relation.object)
    if (!target) continue
    output[name] = store
      .all(target)
      .filter((row) => row[relation.foreignKey] === record.id)
      .slice(0, MAX_RECORDS_FROM_RELATION)
      .map((row) => structuredClone(row))
  }
  return output
}
