import { badRequest } from '../server/http-error.js'
import { TWENTY_UUID } from '../store/validate.js'
import type { HandlerRequest } from './context.js'

/**
 * The `{id}` of a record path, checked as Twenty's parseCorePath does before it reads anything else of the request,
 * the object name included (rest/input-request-parsers/path-parser-utils/parse-core-path.utils.ts): a 400
 * `'<id>' is not a valid UUID`, so the query never reaches Postgres.
 */
export function checkRecordId(id: string): void {
  if (!TWENTY_UUID.test(id)) throw badRequest(`'${id}' is not a valid UUID`)
}

/** The `{id}` path parameter of a record route, which matchRoute checked with {@link checkRecordId} already. */
export function recordId(request: HandlerRequest): string {
  return request.params.id as string
}
