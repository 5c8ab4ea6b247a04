import { decodeCursor, encodeCursor } from '../query/cursor.js'
import { compilePredicate, mentionsDeletedAt } from '../query/evaluate-filter.js'
import { parseDepth, parseLimit } from '../query/list-params.js'
import { checkOrderBy, parseOrderBy } from '../query/order-by.js'
import { type FilterNode, parseFilter } from '../query/parse-filter.js'
import { badRequest, notFound } from '../server/http-error.js'
import type { ObjectDefinition } from '../store/objects.js'
import type { StoredRecord } from '../store/record-store.js'
import type { HandlerRequest, HandlerResponse, SandboxState } from './context.js'
import { present } from './present.js'
import { recordId } from './record-id.js'
import { boundary, sortedSelection } from './sorted-selection.js'

/**
 * `filter`, read as Twenty's REST parser reads it before its query runner (parse-filter-rest-request.util.ts):
 * `undefined` when absent; a 400 for a blank one or bad syntax. Field names, operators and values are checked by
 * {@link selectRecords}, as Twenty's filter arg processor checks them after throttling.
 */
export function parseFilterQuery(query: URLSearchParams): FilterNode | undefined {
  const filter = query.get('filter')
  // Twenty wraps a filter in and(…) and parses it: an empty `filter=` becomes `and()`, which neither of its patterns
  // reads (parse-filter.util.ts, parse-base-filter.util.ts), so it is a 400, not "no filter".
  if (filter === '') throw badRequest(`'filter' invalid for 'and()'. eg: price[gte]:10`)
  if (filter !== null && filter.trim() === '')
    throw badRequest(`'filter' invalid for '${filter}'. eg: price[gte]:10`)
  return filter === null ? undefined : parseFilter(filter)
}

/**
 * The records a parsed `filter` selects; throws Twenty's 400s on a field, operator or value the object does not
 * take. Live records only, unless the filter
 * names `deletedAt` (Twenty's find-many then calls `withDeleted()`) or `withDeleted` is set: TypeORM adds its
 * `deletedAt IS NULL` condition to SELECTs only, so Twenty's bulk update, soft delete, destroy and restore, which
 * run an UPDATE or DELETE with the filter, reach trashed records too.
 */
export function selectRecords(
  state: SandboxState,
  object: ObjectDefinition,
  parsed: FilterNode | undefined,
  options: { withDeleted?: boolean } = {},
): StoredRecord[] {
  const withDeleted = options.withDeleted === true || (parsed !== undefined && mentionsDeletedAt(parsed))
  const rows = state.store.all(object, { withDeleted })
  if (!parsed) return rows
  return rows.filter(compilePredicate(object, parsed, state.selectOptions))
}

/**
 * `GET /rest/{plural}`: filter, order (id as tiebreaker), keyset cursors that encode the sort values, a limit
 * capped silently, `totalCount` of the whole filtered set. `pageInfo` carries `hasNextPage` and `hasPreviousPage` on
 * every page, as Twenty's common find-many runner builds it (api/common/utils/get-page-info.util.ts): the first true
 * only when paging forward with more after, the second only when paging backward with more before.
 */
export function findMany(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const { query } = request
  const limit = parseLimit(query.get('limit'), state.limits)
  const depth = parseDepth(query.get('depth'))
  const keys = parseOrderBy(query.get('order_by') ?? undefined)
  const filter = parseFilterQuery(query)
  state.throttle()
  const after = query.get('starting_after')
  const before = query.get('ending_before')
  // Twenty's find-many runner refuses both at once (ARGS_CONFLICT → 400).
  if (after && before) throw badRequest('Cannot provide both before and after')
  checkOrderBy(object, keys)
  const afterValues = after ? decodeCursor(after, keys.length) : undefined
  const beforeValues = before ? decodeCursor(before, keys.length) : undefined

  const cacheKey = [object.plural, query.get('filter') ?? '', query.get('order_by') ?? ''].join('\u0000')
  const rows = sortedSelection(state, cacheKey, keys, () => selectRecords(state, object, filter))
  const start = afterValues ? boundary(rows, afterValues, keys, 'after') : 0
  const end = beforeValues ? boundary(rows, beforeValues, keys, 'atOrAfter') : rows.length
  const inRange = Math.max(0, end - start)
  const backward = Boolean(beforeValues)
  // Only the page is copied: the range can be the whole table.
  const page = backward
    ? rows.slice(Math.max(start, end - limit), end)
    : rows.slice(start, Math.min(end, start + limit))
  const first = page[0]
  const last = page[page.length - 1]
  const pageInfo = {
    hasNextPage: !backward && inRange > page.length,
    hasPreviousPage: backward && inRange > page.length,
    startCursor: first ? encodeCursor(first.values) : null,
    endCursor: last ? encodeCursor(last.values) : null,
  }
  return {
    status: 200,
    body: {
      data: { [object.plural]: page.map((row) => present(state.store, object, row.record, depth)) },
      pageInfo,
      totalCount: rows.length,
    },
  }
}

/** `GET /rest/{plural}/{id}`: `{ data: { person } }`; 400 for an id that is not a uuid, 404 when missing or soft-deleted. */
export function findOne(
  state: SandboxState,
  object: ObjectDefinition,
  request: HandlerRequest,
): HandlerResponse {
  const id = recordId(request)
  const depth = parseDepth(request.query.get('depth'))
  state.throttle()
  const record = state.store.find(object, id)
  if (!record) throw notFound()
  return { status: 200, body: { data: { [object.singular]: present(state.store, object, record, depth) } } }
}
