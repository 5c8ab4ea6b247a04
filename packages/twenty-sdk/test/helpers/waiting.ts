import { mockFetch, PERSON_ID } from './mock-fetch.js'

/** A `people.get` answer. */
export const personAnswer = { data: { person: { id: PERSON_ID } } }

/** Twenty's 429 for its per-minute bucket, as its throttler sends it (no Retry-After). */
export const perMinuteLimit = {
  statusCode: 429,
  error: 'HttpException',
  messages: ['Limit reached (100 tokens per 60000 ms)'],
}

/** Settles with the call's outcome, or with 'still waiting' after `ms`: for calls that must not hang. */
export function within<T>(call: Promise<T>, ms: number): Promise<T | 'still waiting'> {
  return Promise.race([
    call,
    new Promise<'still waiting'>((resolve) => setTimeout(resolve, ms, 'still waiting')),
  ])
}

/**
 * A fetch that holds the first `count` requests until all of them have arrived, then refuses them with Twenty's
 * 429 at once (so their drains of the budget land together), and answers every later request with a person.
 */
export function refusedTogether(count: number): ReturnType<typeof mockFetch> {
  let refused = 0
  let release = () => {}
  const together = new Promise<void>((resolve) => {
    release = resolve
  })
  return mockFetch(async () => {
    if (refused >= count) return { body: personAnswer }
    if (++refused === count) release()
    await together
    return { status: 429, body: perMinuteLimit }
  })
}
