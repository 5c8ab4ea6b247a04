import { badRequest } from '../server/http-error.js'

export interface Limits {
  /** Records per page when `limit` is absent (Twenty: 60). */
  defaultLimit: number
  /** Larger `limit` values are capped to this, silently (Twenty: 200). */
  maxLimit: number
  /** Records one create or upsert may carry; more is a 400 (Twenty: `QUERY_MAX_RECORDS`, 200). */
  maxBatchSize: number
}

/**
 * `limit`, read as Twenty's parser does: absent or empty → the default; `+raw` NaN (so `10abc` too) or negative
 * → 400 with Twenty's message; larger than the maximum → capped silently.
 */
export function parseLimit(raw: string | null, limits: Limits): number {
  if (!raw) return limits.defaultLimit
  const limit = Number(raw)
  if (Number.isNaN(limit) || limit < 0) throw badRequest(`limit '${raw}' is invalid. Should be an integer`)
  return Math.min(Math.trunc(limit), limits.maxLimit)
}

/**
 * `depth`, read as Twenty's parse-depth-rest-request.util.ts does (twentyhq/twenty@664d0a83): absent or empty →
 * 0; otherwise `+raw` must be 0 or 1 (so `1.0` and ` 1` are 1), anything else is a 400.
 */
export function parseDepth(raw: string | null): 0 | 1 {
  if (!raw) return 0
  const depth = Number(raw)
  if (depth === 0 || depth === 1) return depth
  throw badRequest(`'depth=${raw}' parameter invalid. Allowed values are 0, 1`)
}
