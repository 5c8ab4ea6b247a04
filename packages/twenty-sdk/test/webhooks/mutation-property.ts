import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { TwentyWebhookVerificationError, verifyWebhook } from '../../src/webhooks/index.js'

const NOW = 1_764_000_000_000

/** One mutation of a signed delivery; every kind must make verification fail. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('body' as const), index: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    kind: fc.constant('signature' as const),
    index: fc.nat({ max: 63 }),
    xor: fc.integer({ min: 1, max: 15 }),
  }),
  fc.record({
    kind: fc.constant('timestamp' as const),
    delta: fc.integer({ min: -299_000, max: 299_000 }).filter((d) => d !== 0),
  }),
  fc.record({ kind: fc.constant('secret' as const), suffix: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('header' as const), value: fc.string({ maxLength: 80 }) }),
  fc.record({ kind: fc.constant('truncate' as const), cut: fc.integer({ min: 1, max: 64 }) }),
)

export type FuzzCounts = { runs: number; falseAccepts: number; crashes: number; validAccepted: number }

/**
 * Property: a delivery signed like Twenty verifies, and the same delivery with any one mutation (a body byte,
 * a signature nibble, the timestamp, the secret, a header replaced by junk, a truncated body) is refused with
 * a TwentyWebhookVerificationError, never accepted and never another exception.
 */
export function checkMutations(numRuns: number, seed?: number): FuzzCounts {
  const counts: FuzzCounts = { runs: 0, falseAccepts: 0, crashes: 0, validAccepted: 0 }
  fc.assert(
    fc.property(
      fc.uint8Array({ minLength: 1, maxLength: 512 }),
      fc.string({ minLength: 1, maxLength: 64 }),
      fc.integer({ min: -200_000, max: 200_000 }),
      mutation,
      (body, secret, skew, change) => {
        counts.runs++
        const timestamp = String(NOW + skew)
        const sign = (s: string, t: string, b: Uint8Array) =>
          createHmac('sha256', s).update(`${t}:`).update(b).digest('hex')
        const signature = sign(secret, timestamp, body)
        const base = { secret, now: () => NOW }
        const ok = attempt({ ...base, payload: body, headers: headers(signature, timestamp) })
        if (ok === 'accepted' || ok === 'invalid_payload') counts.validAccepted++
        let payload = body
        let sig = signature
        let ts = timestamp
        let key = secret
        let extra: Record<string, string> = {}
        if (change.kind === 'body') {
          payload = body.slice()
          const i = change.index % payload.length
          payload[i] = (payload[i] as number) ^ change.xor
        } else if (change.kind === 'signature') {
          const nibble = (Number.parseInt(sig[change.index] as string, 16) ^ change.xor).toString(16)
          sig = sig.slice(0, change.index) + nibble + sig.slice(change.index + 1)
        } else if (change.kind === 'timestamp') {
          ts = String(Number(ts) + change.delta)
        } else if (change.kind === 'secret') {
          key = secret + change.suffix
        } else if (change.kind === 'header') {
          if (change.value === sig) return
          extra = { 'x-twenty-webhook-signature': change.value }
        } else {
          payload = body.slice(0, Math.max(0, body.length - change.cut))
        }
        const outcome = attempt({
          secret: key,
          now: () => NOW,
          payload,
          headers: { ...headers(sig, ts), ...extra },
        })
        if (outcome === 'accepted' || outcome === 'invalid_payload') counts.falseAccepts++
        if (outcome === 'crashed') counts.crashes++
        return outcome !== 'accepted' && outcome !== 'invalid_payload' && outcome !== 'crashed'
      },
    ),
    { numRuns, seed },
  )
  return counts
}

function headers(signature: string, timestamp: string) {
  return { 'x-twenty-webhook-signature': signature, 'x-twenty-webhook-timestamp': timestamp }
}

// 'invalid_payload' after a mutation would mean the signature passed on a non-JSON body: also a false accept.
function attempt(options: Parameters<typeof verifyWebhook>[0]): 'accepted' | 'crashed' | string {
  try {
    verifyWebhook(options)
    return 'accepted'
  } catch (error) {
    return error instanceof TwentyWebhookVerificationError ? error.reason : 'crashed'
  }
}
