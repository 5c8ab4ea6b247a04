import { badRequest } from '../server/http-error.js'
import { type ObjectDefinition, readPath } from '../store/objects.js'
import type { StoredRecord } from '../store/record-store.js'
import { checkUuid } from '../store/validate.js'
import type { HandlerRequest, HandlerResponse, SandboxState } from './context.js'
import { present } from './present.js'

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''
const same = (a: unknown, b: unknown) =>
  filled(a) && filled(b) && a.trim().toLowerCase() === b.trim().toLowerCase()

/** Live records sharing every path of at least one duplicate criterion with the candidate (itself excluded). */
function duplicatesOf(
  state: SandboxState,
  object: ObjectDefinition,
  candidate: Record<string, unknown>,
): StoredRecord[] {
  return state.store
    .all(object)
    .filter(
      (row) =>
        row.id !== candidate.id &&
        object.duplicateCriteria.some((paths) =>
          paths.every((path) => same(readPath(row, path), readPath(candidate, path))),
        ),
    )
}

/**
 * `POST /rest/{plural}/duplicates` with `{ data: [...] }` or `{ ids: [...] }` → one entry per input:
 * `{ personDuplicates: [...], totalCount, pageInfo }`. Person criteria: full name, primary email, LinkedIn URL.
 */
export function findDuplicates(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const body = (request.body ?? {}) as { data?: unknown; ids?: unknown }
  const hasData = Array.isArray(body.data)
  const hasIds = Array.isArray(body.ids)
  if (hasData === hasIds) throw badRequest('You must provide either "data" or "ids" (an array), but not both')
  const candidates = hasIds
    ? (body.ids as unknown[]).map((value) => {
        const id = checkUuid(value)
        return state.store.find(object, id) ?? { id }
      })
    : (body.data as unknown[]).map((item) =>
        item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {},
      )
  const data = candidates.map((candidate) => {
    const rows = duplicatesOf(state, object, candidate)
    return {
      [`${object.singular}Duplicates`]: rows.map((row) => present(state.store, object, row, 0)),
      totalCount: rows.length,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    }
  })
  return { status: 200, body: { data } }
}
