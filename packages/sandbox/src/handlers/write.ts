import { parseDepth } from '../query/list-params.js'
import type { FilterNode } from '../query/parse-filter.js'
import { badRequest, notFound } from '../server/http-error.js'
import type { ObjectDefinition } from '../store/objects.js'
import type { StoredRecord } from '../store/record-store.js'
import { validateInput } from '../store/validate.js'
import { actorOf, type HandlerRequest, type HandlerResponse, type SandboxState } from './context.js'
import { parseFilterQuery, selectRecords } from './find.js'
import { envelopeKey, present } from './present.js'
import { recordId } from './record-id.js'

const isUpsert = (request: HandlerRequest) => request.query.get('upsert') === 'true'

/**
 * Creates the inputs, or with `?upsert=true` updates the records they match, all or nothing, as Twenty's create-many
 * runner does (common-create-many-query-runner.service.ts): at most `maxBatchSize` inputs; every input is matched
 * against the records stored before the batch (so two new inputs sharing an email clash rather than merge); a
 * matched trashed record is restored, since Twenty writes `deletedAt: null` into the match.
 */
function createOrUpsertMany(
  state: SandboxState,
  object: ObjectDefinition,
  inputs: Record<string, unknown>[],
  request: HandlerRequest,
): StoredRecord[] {
  if (inputs.length > state.limits.maxBatchSize) {
    throw badRequest(`Maximum number of records to upsert is ${state.limits.maxBatchSize}.`)
  }
  const actor = actorOf(request.key)
  return state.store.transaction(() => {
    const matches = inputs.map((input) =>
      isUpsert(request) ? state.store.findMatch(object, input) : undefined,
    )
    return inputs.map((input, index) => {
      const match = matches[index]
      if (!match) return state.store.create(object, input, actor)
      const { id: _id, ...patch } = input
      return state.store.update(object, match.id, { ...patch, deletedAt: null }, actor, { withDeleted: true })
    })
  })
}

/** `POST /rest/{plural}` → 201 `{ data: { createPerson } }`. */
export function createOne(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const depth = parseDepth(request.query.get('depth'))
  state.throttle()
  const input = validateInput(object, request.body, state.selectOptions)
  const [record] = createOrUpsertMany(state, object, [input], request) as [StoredRecord]
  return {
    status: 201,
    body: { data: { [envelopeKey('create', object.singular)]: present(state.store, object, record, depth) } },
  }
}

/** `POST /rest/batch/{plural}` (a JSON array) → 201 `{ data: { createPeople: [...] } }`, all or nothing. */
export function createMany(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const depth = parseDepth(request.query.get('depth'))
  state.throttle()
  if (!Array.isArray(request.body)) throw badRequest(`Body must be an array of ${object.plural}`)
  const inputs = request.body.map((item) => validateInput(object, item, state.selectOptions))
  const records = createOrUpsertMany(state, object, inputs, request)
  return {
    status: 201,
    body: {
      data: {
        [envelopeKey('create', object.plural)]: records.map((record) =>
          present(state.store, object, record, depth),
        ),
      },
    },
  }
}

/**
 * `PATCH` (or `PUT`) `/rest/{plural}/{id}` → `{ data: { updatePerson } }`. A trashed record is updated too (and
 * stays in the trash): Twenty's update-one runner is its update-many with `{ id: { eq } }`, whose UPDATE has no
 * soft-delete condition (common-update-one-query-runner.service.ts).
 */
export function updateOne(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const id = recordId(request)
  const depth = parseDepth(request.query.get('depth'))
  state.throttle()
  const patch = validateInput(object, request.body ?? {}, state.selectOptions)
  const record = state.store.transaction(() =>
    state.store.update(object, id, patch, actorOf(request.key), { withDeleted: true }),
  )
  return {
    status: 200,
    body: { data: { [envelopeKey('update', object.singular)]: present(state.store, object, record, depth) } },
  }
}

/**
 * `PATCH /rest/{plural}?filter=…` → `{ data: { updatePeople: [...] } }`. Trashed records the filter matches are
 * updated too, whether or not it names `deletedAt`: Twenty's update-many runner applies the filter to an UPDATE, and
 * TypeORM adds its `deletedAt IS NULL` condition to SELECTs only (common-update-many-query-runner.service.ts).
 */
export function updateMany(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const depth = parseDepth(request.query.get('depth'))
  const filter = requireFilter(request, 'update')
  state.throttle()
  const body = validateInput(object, request.body ?? {}, state.selectOptions)
  // Twenty resolves 'first' or 'last' once for the one data argument, so every matched record gets the same position.
  const patch = 'position' in body ? { ...body, position: state.store.position(object, body.position) } : body
  const targets = selectRecords(state, object, filter, { withDeleted: true })
  const records = state.store.transaction(() =>
    targets.map((row) =>
      state.store.update(object, row.id, patch, actorOf(request.key), { withDeleted: true }),
    ),
  )
  return {
    status: 200,
    body: {
      data: {
        [envelopeKey('update', object.plural)]: records.map((r) => present(state.store, object, r, depth)),
      },
    },
  }
}

/**
 * `DELETE /rest/{plural}/{id}`: destroys unless `soft_delete=true`; → `{ data: { deletePerson: { id } } }`. Both
 * reach a trashed record: Twenty's delete-one and destroy-one runners are their many-runners with `{ id: { eq } }`.
 */
export function deleteOne(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const id = recordId(request)
  const soft = request.query.get('soft_delete') === 'true'
  state.throttle()
  state.store.transaction(() =>
    soft ? state.store.softDelete(object, id, { withDeleted: true }) : state.store.destroy(object, id),
  )
  return { status: 200, body: { data: { [envelopeKey('delete', object.singular)]: { id } } } }
}

/**
 * `DELETE /rest/{plural}?filter=…` → `{ data: { deletePeople: [{ id }] } }`. Both writes reach trashed records the
 * filter matches, whether or not it names `deletedAt`: Twenty's DELETE and its soft delete (an UPDATE setting
 * `deletedAt` to now) carry no soft-delete condition, so a destroy purges the trash and a soft delete stamps
 * already-trashed matches again (common-destroy-many- and common-delete-many-query-runner.service.ts).
 */
export function deleteMany(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const soft = request.query.get('soft_delete') === 'true'
  const filter = requireFilter(request, soft ? 'delete' : 'destroy')
  state.throttle()
  const targets = selectRecords(state, object, filter, { withDeleted: true })
  state.store.transaction(() => {
    for (const row of targets) {
      if (soft) state.store.softDelete(object, row.id, { withDeleted: true })
      else state.store.destroy(object, row.id)
    }
  })
  return {
    status: 200,
    body: { data: { [envelopeKey('delete', object.plural)]: targets.map((row) => ({ id: row.id })) } },
  }
}

/**
 * `PATCH /rest/{plural}/{id}/restore` (`/rest/restore/{plural}/{id}` on older releases, see RestoreRoutes) →
 * `{ data: { restorePerson } }`; 404 when the record was destroyed.
 */
export function restoreOne(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const id = recordId(request)
  const depth = parseDepth(request.query.get('depth'))
  state.throttle()
  if (!state.store.find(object, id, { withDeleted: true })) throw notFound()
  const record = state.store.transaction(() => state.store.restore(object, id))
  return {
    status: 200,
    body: {
      data: { [envelopeKey('restore', object.singular)]: present(state.store, object, record, depth) },
    },
  }
}

/**
 * `PATCH /rest/{plural}/restore?filter=…` (`/rest/restore/{plural}` on older releases) →
 * `{ data: { restorePeople: [...] } }`: every record the filter
 * matches, trashed or not (Twenty's restore statement has no soft-delete condition); only trashed ones change.
 */
export function restoreMany(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const depth = parseDepth(request.query.get('depth'))
  const filter = requireFilter(request, 'restore')
  state.throttle()
  const targets = selectRecords(state, object, filter, { withDeleted: true })
  const records = state.store.transaction(() => targets.map((row) => state.store.restore(object, row.id)))
  return {
    status: 200,
    body: {
      data: {
        [envelopeKey('restore', object.plural)]: records.map((r) => present(state.store, object, r, depth)),
      },
    },
  }
}

/**
 * The parsed filter of a write to every match, which needs one. Twenty's bulk delete and destroy handlers refuse a
 * missing one with the messages below, before throttling (rest-api-delete-many.handler.ts). Its bulk update and
 * restore read it as an empty filter and change every record; the sandbox refuses those too rather than let a test
 * wipe its data, and says so in docs/sandbox.md.
 */
function requireFilter(
  request: HandlerRequest,
  write: 'update' | 'delete' | 'destroy' | 'restore',
): FilterNode {
  // Twenty parses a blank filter as `and( )` and refuses the blank condition; read as none, it would match all.
  const filter = request.query.get('filter') ? parseFilterQuery(request.query) : undefined
  if (filter) return filter
  if (write === 'delete' || write === 'destroy') {
    throw badRequest(
      `Filters are mandatory for bulk ${write} operations. Please provide at least one filter to prevent accidental deletion of all records.`,
    )
  }
  throw badRequest(`A 'filter' is required to change several records at once`)
}
