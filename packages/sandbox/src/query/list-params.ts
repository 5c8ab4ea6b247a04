import { badRequest } from '../server/http-error.js'

export interface Limits {
  /** Records per page when `limit` is absent (Twenty: 60). */
  defaultLimit: number
  /** Larger `limit` values are capped to this, silently (Twenty: 200). */
  maxLimit: number
}

/** `limit`: a non-negative integer, capped silently; NaN or negative is a 400 with Twenty's message. */
export function parseLimit(raw: string | null, limits: Limits): number {
  if (raw === null) return limits.defaultLimit
  const limit = Number.parseInt(raw, 10)
  if (Number.isNaN(limit) || limit < 0) throw badRequest(`limit '${raw}' is invalid. Should be an integer`)
  return Math.min(limit, limits.maxLimit)
}

/** `depth`: 0 (default) or 1; anything else is a 400. */
export function parseDepth(raw: string | null): 0 | 1 {
  if (raw === null) return 0
  if (raw === '0' || raw === '1') return Number(raw) as 0 | 1
  throw badRequest(`'depth=${raw}' parameter invalid. Allowed values are 0, 1`)
}
