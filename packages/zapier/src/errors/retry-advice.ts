import type { Bundle } from 'zapier-platform-core'

/**
 * True when Zapier itself runs the step again after a `ThrottledError`'s delay: only in a running Zap. In the Zap
 * editor (a sample or test, a dropdown, a connection test) and while a Zap is being turned on, Zapier shows the
 * error and retries nothing, so a message saying it will would leave the user waiting for nothing.
 */
export function zapierRetries(meta: Partial<Bundle['meta']> | undefined): boolean {
  return !(
    meta?.isLoadingSample ||
    meta?.isFillingDynamicDropdown ||
    meta?.isTestingAuth ||
    meta?.isPopulatingDedupe
  )
}

/** What a throttled step tells the user about the retry: that Zapier retries, or that they should. */
export function retryAdvice(delaySeconds: number, retriedByZapier: boolean): string {
  return retriedByZapier ? `Zapier will retry in ${delaySeconds} s` : `try again in ${delaySeconds} s`
}
