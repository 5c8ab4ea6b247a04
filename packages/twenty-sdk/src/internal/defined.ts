/**
 * A copy without the `undefined` entries, so `{ ...defaults, ...definedOnly(options) }` keeps a default that the
 * caller passed as `undefined` (`{ longLimit: process.env.LIMIT ? Number(process.env.LIMIT) : undefined }`).
 */
export function definedOnly<T extends object>(options: T): Partial<T> {
  const copy: Partial<T> = {}
  for (const key of Object.keys(options) as (keyof T)[]) {
    if (options[key] !== undefined) copy[key] = options[key]
  }
  return copy
}

/** The longest delay a Node or browser timer can hold (2^31 − 1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_MS = 2_147_483_647
