/** What can go wrong on one request. */
export type FaultKind =
  /** A 5xx answer (`status`, default 503) before anything is written. */
  | 'serverError'
  /** A 429 with Twenty's body, before anything is written. */
  | 'rateLimit'
  /** `latencyMs` of delay, then the normal answer. */
  | 'latency'
  /** The connection is reset before the request is handled: nothing written. */
  | 'resetBeforeWrite'
  /** The write is committed, then the answer is held for `holdMs` and the connection dropped: the client times out. */
  | 'timeoutAfterCommit'
  /** The write is committed, then half of its JSON body is sent, with the route's own success status (200, 201). */
  | 'malformedJson'

export interface FaultRule {
  /** Which faults this rule may inject; one is drawn at random each time the rule fires. */
  kinds: readonly FaultKind[]
  /** Chance (0..1) that a matching request gets a fault. */
  probability: number
  /** HTTP methods to match (default: all). */
  methods?: readonly string[]
  /** Path to match: a prefix string (`/rest/batch/people`) or a regular expression (default: every `/rest` path). */
  path?: string | RegExp
  status?: number
  latencyMs?: number
  /** How long a `timeoutAfterCommit` answer is held before the connection drops (default 10 s; set above the client timeout). */
  holdMs?: number
}

export interface FaultOptions {
  /** Same seed, same sequence of faults for the same sequence of requests. Default 1. */
  seed?: number
  rules: readonly FaultRule[]
}

/** Counts of injected faults by kind, for assertions and reports. */
export type FaultStats = Record<FaultKind, number>
