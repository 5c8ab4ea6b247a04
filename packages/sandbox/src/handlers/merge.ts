/**
 * `PATCH /rest/{plural}/merge` with `{ ids, conflictPriorityIndex, dryRun }` (and `?depth=0|1`) →
 * `{ data: { mergePerson: record } }`, as twentyhq/twenty serves it:
 * `engine/api/rest/core/handlers/rest-api-merge-many.handler.ts` (envelope: `merge` + the capitalised
 * *singular*, although the helper names its parameter `objectNamePlural`) on
 * `engine/api/common/common-query-runners/common-merge-many-query-runner.service.ts` (rules).
 *
 * In order, as Twenty checks them (each a 400 `BadRequestException` with Twenty's message unless noted):
 * the object has no duplicate criteria (only people and companies have some); fewer than 2 ids; more than
 * `MUTATION_MAX_MERGE_RECORDS` (9); `conflictPriorityIndex` outside 0..n-1; then, reading the records, an id that
 * is not a uuid (Postgres's 400); an id unknown, soft-deleted or given twice (the live rows read back are fewer
 * than the ids) or a priority index that names no id: 404 `Record not found` (`RECORD_NOT_FOUND`, which
 * `common-query-runner-to-rest-api-exception-handler.util.ts` maps to `NotFoundException('Record not found')`).
 *
 * A merge then, in one transaction: points every many-to-one relation aimed at the other records at the kept
 * one (task and note targets, opportunities' point of contact and company, people's company; trashed rows too,
 * as Twenty's UPDATE has no soft-delete condition), destroys the other records (a hard `DELETE`, so
 * `*.destroyed` events and no trace in the trash), and writes the merged values on the kept record
 * (`*.updated`). A dry run writes nothing and answers the preview Twenty builds: the kept record with the merged
 * values, a fresh random `id` and `deletedAt` set to now; at depth 1 its many-to-one relations follow the merged
 * ids and its one-to-many lists gather those of every record, without repeats.
 *
 * Choices where Twenty's code leaves room: a non-array `ids` counts as missing (Twenty would fail later on
 * the SQL); `dryRun` is read for truthiness and `conflictPriorityIndex` with JavaScript's comparisons, as the
 * code does (a missing index passes validation and then names no record: 404). The kept record's `updatedAt`
 * and `updatedBy` are set as any sandbox update sets them; Twenty writes the merged values in a raw UPDATE and
 * whether its ORM refreshes them there was not established.
 */
import { randomUUID } from 'node:crypto'
import { parseDepth } from '../query/list-params.js'
import { badRequest, notFound } from '../server/http-error.js'
import { hasRecordFieldValue, mergeRecordValues } from '../store/merge-values.js'
import { OBJECTS, OBJECTS_BY_SINGULAR, type ObjectDefinition } from '../store/objects.js'
import type { StoredRecord } from '../store/record-store.js'
import { checkUuid } from '../store/validate.js'
import { actorOf, type HandlerRequest, type HandlerResponse, type SandboxState } from './context.js'
import { envelopeKey, present } from './present.js'

/** twenty-shared `MUTATION_MAX_MERGE_RECORDS`. */
const MAX_MERGE_RECORDS = 9

interface MergeBody {
  ids?: unknown
  conflictPriorityIndex?: unknown
  dryRun?: unknown
}

export function mergeMany(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const depth = parseDepth(request.query.get('depth'))
  state.throttle()
  const body = (request.body ?? {}) as MergeBody
  const ids = validate(object, body)
  const records = readRecords(state, object, ids)
  const priorityId = ids[body.conflictPriorityIndex as number]
  const priority = records.find((record) => record.id === priorityId)
  if (!priority) throw notFound()
  const merged = mergeRecordValues(object, records, priority.id)
  const key = envelopeKey('merge', object.singular)
  if (body.dryRun) {
    const preview = {
      ...structuredClone(priority),
      ...merged,
      id: randomUUID(),
      deletedAt: new Date().toISOString(),
    }
    const withRelations =
      depth === 1 ? { ...preview, ...previewRelations(state, object, records, preview) } : preview
    return { status: 200, body: { data: { [key]: withRelations } } }
  }
  const actor = actorOf(request.key)
  const others = records.filter((record) => record !== priority).map((record) => record.id)
  const kept = state.store.transaction(() => {
    for (const { target, foreignKey } of relationsPointingAt(object)) {
      for (const row of state.store.all(target, { withDeleted: true })) {
        if (others.includes(row[foreignKey] as string)) {
          state.store.update(target, row.id, { [foreignKey]: priority.id }, actor, { withDeleted: true })
        }
      }
    }
    for (const id of others) state.store.destroy(object, id)
    return state.store.update(object, priority.id, merged, actor)
  })
  return { status: 200, body: { data: { [key]: present(state.store, object, kept, depth) } } }
}

/** Twenty's `validate()`, before any record is read. Returns the ids. */
function validate(object: ObjectDefinition, body: MergeBody): string[] {
  if (object.duplicateCriteria.length === 0) {
    throw badRequest(
      `Merge is only available for objects with duplicate criteria. Object '${object.singular}' does not have duplicate criteria defined.`,
    )
  }
  const ids = Array.isArray(body.ids) ? (body.ids as string[]) : undefined
  if (!ids || ids.length < 2) throw badRequest('At least 2 record IDs are required for merge')
  if (ids.length > MAX_MERGE_RECORDS) {
    throw badRequest(`Maximum ${MAX_MERGE_RECORDS} records can be merged at once`)
  }
  const index = body.conflictPriorityIndex as number
  if (index < 0 || index >= ids.length) {
    throw badRequest(
      `Invalid conflict priority '${String(index)}'. Valid options for ${ids.length} records: 0-${ids.length - 1}`,
    )
  }
  return ids
}

/**
 * `find({ where: { id: In(ids) } })`: live records only, in the order of `ids`; fewer rows than ids → 404. Postgres
 * compares uuids in any case, so an id in upper case finds its record, and the same id in two cases is one row.
 */
function readRecords(state: SandboxState, object: ObjectDefinition, ids: readonly unknown[]): StoredRecord[] {
  for (const id of ids) checkUuid(id)
  const found = new Map<string, StoredRecord>()
  for (const id of ids as string[]) {
    const record = state.store.find(object, id.toLowerCase())
    if (record) found.set(record.id, record)
  }
  if (found.size !== ids.length) throw notFound()
  return [...found.values()]
}

/** Every many-to-one foreign key, on any object, that points at `object`. */
function relationsPointingAt(object: ObjectDefinition): { target: ObjectDefinition; foreignKey: string }[] {
  return OBJECTS.flatMap((target) =>
    Object.entries(target.fields)
      .filter(([, field]) => field.relation?.object === object.singular)
      .map(([foreignKey]) => ({ target, foreignKey })),
  )
}

/**
 * The preview's relations at depth 1, as `mergeRelationFieldValuesForDryRunRecord` builds them: a many-to-one
 * relation is the record the merged foreign key names; a one-to-many list gathers the lists of every merged
 * record, in the order of `ids`, each related record once.
 */
function previewRelations(
  state: SandboxState,
  object: ObjectDefinition,
  records: readonly StoredRecord[],
  preview: Record<string, unknown>,
): Record<string, unknown> {
  const relations: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(object.fields)) {
    const target = field.relation && OBJECTS_BY_SINGULAR.get(field.relation.object)
    if (!target || !field.relation) continue
    const id = preview[key]
    const related = typeof id === 'string' ? state.store.find(target, id) : undefined
    relations[field.relation.as] = related ? structuredClone(related) : null
  }
  for (const [name, relation] of Object.entries(object.oneToMany)) {
    const target = OBJECTS_BY_SINGULAR.get(relation.object)
    if (!target) continue
    const rows = records.flatMap((record) =>
      state.store.all(target).filter((row) => row[relation.foreignKey] === record.id),
    )
    relations[name] = [...new Map(rows.map((row) => [row.id, structuredClone(row)])).values()].filter(
      hasRecordFieldValue,
    )
  }
  return relations
}
