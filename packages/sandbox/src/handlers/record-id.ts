import { checkUuid } from '../store/validate.js'
import type { HandlerRequest } from './context.js'

/** The `{id}` path parameter; a malformed one is the 400 Postgres gives Twenty. */
export function recordId(request: HandlerRequest): string {
  return checkUuid(request.params.id)
}
