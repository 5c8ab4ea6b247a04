import { setTimeout as sleep } from 'node:timers/promises'
import { limitReached } from '../limits/rate-limit.js'
import { SeededRandom } from '../seed/random.js'
import type { Interceptor } from '../server/http-server.js'
import type { FaultKind, FaultOptions, FaultRule, FaultStats } from './fault-rules.js'

const matches = (rule: FaultRule, method: string, path: string) =>
  (!rule.methods || rule.methods.includes(method)) &&
  (rule.path === undefined
    ? path.startsWith('/rest/')
    : typeof rule.path === 'string'
      ? path.startsWith(rule.path)
      : rule.path.test(path))

/**
 * An interceptor that injects faults by rule, drawing from a seeded PRNG so a failing run can be replayed.
 * The two "after commit" kinds run the handler first: the record exists although the client saw a failure, the
 * case that makes naive create retries duplicate records.
 */
export function createFaultInjector(options: FaultOptions): { interceptor: Interceptor; stats: FaultStats } {
  options.rules.forEach(checkRule)
  const random = new SeededRandom(options.seed ?? 1)
  const stats: FaultStats = {
    serverError: 0,
    rateLimit: 0,
    latency: 0,
    resetBeforeWrite: 0,
    timeoutAfterCommit: 0,
    malformedJson: 0,
  }
  const interceptor: Interceptor = async (request, next) => {
    const rule = options.rules.find((candidate) => matches(candidate, request.method, request.path))
    if (!rule || random.next() >= rule.probability) return next()
    const kind: FaultKind = random.pick(rule.kinds)
    stats[kind]++
    switch (kind) {
      case 'serverError': {
        const status = rule.status ?? 503
        return {
          status,
          body: {
            statusCode: status,
            error: 'ServiceUnavailableException',
            messages: ['Injected fault: server unavailable'],
          },
        }
      }
      case 'rateLimit':
        return limitReached(100, 60_000)
      case 'latency':
        await sleep(rule.latencyMs ?? 200)
        return next()
      case 'resetBeforeWrite':
        request.raw.socket.destroy()
        return undefined
      case 'timeoutAfterCommit': {
        await next()
        await sleep(rule.holdMs ?? 10_000, undefined, { ref: false })
        request.raw.socket.destroy()
        return undefined
      }
      case 'malformedJson': {
        const answer = await next()
        const text = JSON.stringify(answer?.body ?? {})
        return {
          status: answer?.status ?? 200,
          body: undefined,
          raw: text.slice(0, Math.max(1, Math.floor(text.length / 2))),
        }
      }
    }
  }
  return { interceptor, stats }
}

const KINDS: readonly FaultKind[] = [
  'serverError',
  'rateLimit',
  'latency',
  'resetBeforeWrite',
  'timeoutAfterCommit',
  'malformedJson',
]

// A rule with no kind or an unknown one would draw nothing and leave the request unanswered: refuse it at start.
function checkRule(rule: FaultRule, index: number): void {
  const unknown = rule.kinds.filter((kind) => !KINDS.includes(kind))
  if (rule.kinds.length === 0 || unknown.length > 0) {
    throw new TypeError(
      `faults.rules[${index}].kinds must list one or more of ${KINDS.join(', ')}; got ${JSON.stringify(rule.kinds)}`,
    )
  }
  if (!(rule.probability >= 0 && rule.probability <= 1)) {
    throw new TypeError(`faults.rules[${index}].probability must be between 0 and 1; got ${rule.probability}`)
  }
}
