import { encodeCursor } from '../query/cursor.js'
import { parseDepth } from '../query/list-params.js'
import { badRequest } from '../server/http-error.js'
import { type ObjectDefinition, readPath } from '../store/objects.js'
import type { StoredRecord } from '../store/record-store.js'
import { checkUuid, validateInput } from '../store/validate.js'
import type { HandlerRequest, HandlerResponse, SandboxState } from './context.js'
import { present } from './present.js'

// Twenty's settings.minLengthOfStringForDuplicateCheck: shorter values are not evidence of a duplicate.
const MIN_LENGTH = 3

const usable = (value: unknown): value is string => typeof value === 'string' && value.length >= MIN_LENGTH

/**
 * Live records other than the candidate that equal it on every path of at least one duplicate criterion, as
 * Twenty's build-duplicate-conditions.utils.ts asks: `eq` (exact, so case matters) on criteria whose every value
 * has at least 3 characters.
 */
function duplicatesOf(
  state: SandboxState,
  object: ObjectDefinition,
  candidate: Record<string, unknown>,
): StoredRecord[] {
  const criteria = object.duplicateCriteria.filter((paths) =>
    paths.every((path) => usable(readPath(candidate, path))),
  )
  if (criteria.length === 0) return []
  return state.store
    .all(object)
    .filter(
      (row) =>
        row.id !== candidate.id &&
        criteria.some((paths) => paths.every((path) => readPath(row, path) === readPath(candidate, path))),
    )
}

/** The records to look for duplicates of, refused with the messages of Twenty's find-duplicates runner. */
function candidatesOf(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): Record<string, unknown>[] {
  const body = (request.body ?? {}) as { data?: unknown; ids?: unknown }
  if (!body.data && !body.ids) throw badRequest('You have to provide either "data" or "ids" argument')
  if (body.data && body.ids) throw badRequest('You cannot provide both "data" and "ids" arguments')
  if (body.ids) {
    if (!Array.isArray(body.ids)) throw badRequest('"ids" must be an array of record ids')
    // Twenty reads `WHERE id IN (ids)`: one entry per live record found, in the table's order rather than the
    // input's, a repeated id once, an id naming no live record none.
    const wanted = new Set(body.ids.map((value) => checkUuid(value)))
    return state.store.all(object).filter((record) => wanted.has(record.id))
  }
  if (!Array.isArray(body.data) || body.data.length === 0) {
    throw badRequest('The "data" condition can not be empty when "ids" input not provided')
  }
  // Twenty runs `data` through the same validation and normalisation as a create (emails lower-cased, URLs tidied).
  return body.data.map((item) => validateInput(object, item, state.selectOptions))
}

/**
 * `POST /rest/{plural}/duplicates` with `{ data: [...] }` or `{ ids: [...] }` → one entry per candidate:
 * `{ personDuplicates: [...], totalCount, pageInfo }`, at most `maxLimit` duplicates each (Twenty's QUERY_MAX_RECORDS),
 * cursors of the first and last. Person criteria: full name, primary email, LinkedIn URL.
 */
export function findDuplicates(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const depth = parseDepth(request.query.get('depth'))
  state.throttle()
  const data = candidatesOf(state, object, request).map((candidate) => {
    const rows = duplicatesOf(state, object, candidate)
    const page = rows.slice(0, state.limits.maxLimit)
    const first = page[0]
    const last = page[page.length - 1]
    return {
      [`${object.singular}Duplicates`]: page.map((row) => present(state.store, object, row, depth)),
      totalCount: rows.length,
      pageInfo: {
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: first ? encodeCursor([first.id]) : null,
        endCursor: last ? encodeCursor([last.id]) : null,
      },
    }
  })
  return { status: 200, body: { data } }
}
