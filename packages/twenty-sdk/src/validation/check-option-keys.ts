import type { TwentySdkErrorCode } from '../errors/error-codes.js'
import { TwentyValidationError } from '../errors/twenty-validation-error.js'

/**
 * Refuses a key of an options object that is not one of `known`, naming the option it most likely meant
 * (`timeout` → `timeoutMs`, `uniqeBy` → `uniqueBy`). TypeScript refuses such a key at compile time; from
 * JavaScript it would be ignored, and the call would run without the option the caller thought they set.
 *
 * @param prefix put before each key in the error's path (`retry.` for the client's `retry` options)
 * @param what names the call in the message (`people.create() options`)
 */
export function checkOptionKeys(
  options: unknown,
  known: readonly string[],
  prefix: string,
  what: string,
): void {
  if (typeof options !== 'object' || options === null) return
  for (const key in options) {
    if (known.includes(key)) continue
    const near = nearest(key, known)
    const hint = near ? ` (did you mean \`${prefix}${near}\`?)` : ''
    const message = `Unknown option \`${prefix}${key}\`${hint}; the options are ${known.join(', ')}`
    throw new TwentyValidationError({
      message: `${what}: ${message}`,
      code: 'INVALID_OPTIONS' satisfies TwentySdkErrorCode,
      issues: [{ path: `${prefix}${key}`, message }],
    })
  }
}

/** The known name closest to `key`: one containing it or contained in it, else within two edits. */
function nearest(key: string, known: readonly string[]): string | undefined {
  const wanted = key.toLowerCase()
  const contained = known.find((name) => {
    const candidate = name.toLowerCase()
    return candidate.includes(wanted) || wanted.includes(candidate)
  })
  if (contained) return contained
  let best: { name: string; distance: number } | undefined
  for (const name of known) {
    const distance = editDistance(wanted, name.toLowerCase())
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance }
  }
  return best?.name
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
