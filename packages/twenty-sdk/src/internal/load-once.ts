/** A value made by an async `load` that runs once, on first use; once it resolved, also readable without awaiting. */
export interface LoadOnce<T> {
  /** The value once loaded, else `undefined`: lets a hot path skip the promise turn of {@link get}. */
  readonly value: T | undefined
  /** True once loading began (it may still be under way). */
  readonly started: boolean
  /** Starts loading on the first call; every call resolves with the same value. */
  get(): Promise<T>
}

/**
 * Defers an expensive module (zod, ofetch, bottleneck) to the first call that needs it, so `import('twenty-sdk')`
 * stays fast on a cold start (docs/benchmarks.md).
 */
export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loading: Promise<T> | undefined
  let value: T | undefined
  return {
    get value() {
      return value
    },
    get started() {
      return loading !== undefined
    },
    get() {
      loading ??= load().then((loaded) => {
        value = loaded
        return loaded
      })
      return loading
    },
  }
}
