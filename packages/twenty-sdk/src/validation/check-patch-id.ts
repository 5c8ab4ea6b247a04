import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'

/**
 * Refuses an `id` in an update's patch unless it is the id of the record being updated. Twenty applies a patch as
 * an `UPDATE … SET` with the id among the columns (rest-api-update-one.handler.ts,
 * common-update-many-query-runner.service.ts), so `update(a, { id: b })` would give record `a` the id `b`, breaking
 * every link to it, and an `updateMany` would give every match the same id. A record read back and sent whole
 * carries its own id, which changes nothing and passes.
 *
 * @param id the record the patch is for; `undefined` for a write to every match of a filter, which takes no id
 */
export function checkPatchId(patch: Record<string, unknown>, id: string | undefined, what: string): void {
  const value = patch.id
  if (value === undefined) return
  if (id !== undefined && typeof value === 'string' && value.toLowerCase() === id.toLowerCase()) return
  const message =
    id === undefined
      ? 'A patch applied to several records cannot set their id'
      : `Expected the id of the record being updated (${id}) or no id: Twenty would give the record this id`
  throw new TwentyValidationError({
    message: `Invalid ${what}: id: ${message}`,
    code: 'INVALID_INPUT' satisfies TwentySdkErrorCode,
    issues: [{ path: 'id', message }],
  })
}
