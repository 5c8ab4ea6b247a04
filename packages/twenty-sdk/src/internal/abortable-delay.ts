import { MAX_TIMER_MS } from './defined.js'

/**
 * Waits `ms` (clamped to what a timer can hold), or rejects with the reason of the first of `signals` to abort, so a
 * caller's abort or the client's close() ends the wait instead of a timer keeping the process up.
 */
export function abortableDelay(ms: number, signals: readonly (AbortSignal | undefined)[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = signals.find((signal) => signal?.aborted)
    if (aborted) return reject(aborted.reason)
    const stop = () => {
      clearTimeout(timer)
      for (const signal of signals) signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = (event: Event) => {
      stop()
      reject((event.target as AbortSignal).reason)
    }
    const timer = setTimeout(
      () => {
        stop()
        resolve()
      },
      Math.min(Math.max(0, ms), MAX_TIMER_MS),
    )
    for (const signal of signals) signal?.addEventListener('abort', onAbort, { once: true })
  })
}
