import { badRequest } from '../server/http-error.js'

export interface Limits {
  /** Records per page when `limit` is absent (Twenty: 60). */
  defaultLimit: number
  /** Larger `limit` values are capped to this, silently (Twenty: 200). */
  maxLimit: number
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

/** `depth`: 0 (default) or 1; anything else is a 400. */
export function parseDepth(raw: string | null): 0 | 1 {
  if (raw === null) return 0
  if (raw === '0' || raw === '1') return Number(raw) as 0 | 1
  throw badRequest(`'depth=${raw}' parameter invalid. Allowed values are 0, 1`)
}
