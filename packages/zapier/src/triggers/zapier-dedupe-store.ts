import type { DedupeStore } from 'twenty-sdk/webhooks'
import type { ZObject } from 'zapier-platform-core'

/**
 * A {@link DedupeStore} on Zapier's cache (`z.cache`), which outlives one run of a trigger: a signed delivery
 * replayed to the Zap's webhook address within the signature's window would otherwise fire the Zap again.
 *
 * The key is set only if absent (`nx`), which Zapier's cache does atomically, so two copies arriving together
 * do not both pass. It is read first as well: the app tester's local cache ignores `nx`. When the cache cannot
 * be reached, the delivery counts as new: a Zap that fires twice on a rare replay beats one that loses events.
 */
export class ZapierCacheDedupeStore implements DedupeStore {
  readonly #z: ZObject

  constructor(z: ZObject) {
    this.#z = z
  }

  async setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    const cacheKey = `twenty-delivery:${key}`
    try {
      if ((await this.#z.cache.get(cacheKey)) !== null) return false
      // Zapier's cache answers a refused `nx` with null (Redis' SET NX) or false.
      const stored = await this.#z.cache.set(cacheKey, true, Math.ceil(ttlMs / 1000), undefined, true)
      return stored !== null && stored !== false
    } catch (error) {
      this.#z.console.log(
        `Could not check Zapier's cache for a repeated delivery, so it is handled as new: ${String(error)}`,
      )
      return true
    }
  }
}
