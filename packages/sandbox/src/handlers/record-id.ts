import { badRequest } from '../server/http-error.js'
import { UUID } from '../store/validate.js'
import type { HandlerRequest } from './context.js'

/** The `{id}` path parameter; a malformed one is the 400 Postgres gives Twenty. */
export function recordId(request: HandlerRequest): string {
  const id = request.params.id as string
  if (!UUID.test(id)) throw badRequest(`invalid input syntax for type uuid: "${id}"`)
  return id
}
