// Webhook verification throughput, as ratios measured in one run on this machine (never a bare time).
// Candidates run in interleaved rounds so machine noise hits them alike; each ratio is paired round by round and
// its median reported, with the quartiles. The raw HMAC runs twice: the second copy is an A/A control, showing
// how far noise alone moves a ratio in this run.
// Usage: npx -y pnpm@10 --filter @twenty-sdk/benchmarks bench:webhooks
// --json prints measureWebhookVerification()'s result as one JSON line instead, for run-all.mjs.
import { createHmac, timingSafeEqual } from 'node:crypto'
import { sign as octokitSign, verify as octokitVerify } from '@octokit/webhooks-methods'
import Stripe from 'stripe'
import { signWebhook, verifyWebhook, verifyWebhookSignature } from 'twenty-sdk/webhooks'
import { interleavedMedians, isMain, pairedRatios, report } from './lib/measure.mjs'

const SECRET = 'whsec_benchmark_secret_0123456789abcdef'
const stripe = new Stripe('sk_test_benchmark')

/** Names of the candidates, as printed and as keys of the results. */
export const RAW = 'raw HMAC (node:crypto + timingSafeEqual)'
export const RAW_AGAIN = 'raw HMAC again (A/A control)'
export const RAW_PARSE = 'raw HMAC + JSON.parse'
export const SDK_SIGNATURE = 'twenty-sdk verifyWebhookSignature'
export const SDK_VERIFY = 'twenty-sdk verifyWebhook (+ parse)'
export const STRIPE = 'stripe constructEvent (+ parse)'
export const OCTOKIT = '@octokit/webhooks-methods verify'

function body(size) {
  const record = {
    id: '0b9a4f5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
    name: 'Acme renewal',
    stage: 'CUSTOMER',
    notes: '',
  }
  const payload = {
    eventName: 'opportunity.updated',
    webhookId: 'h',
    workspaceId: 'w',
    eventDate: new Date(0).toISOString(),
    record,
  }
  const base = JSON.stringify(payload).length
  record.notes = 'x'.repeat(Math.max(0, size - base))
  return JSON.stringify(payload)
}

async function candidates(payload) {
  const now = Date.now()
  const twentyHeaders = signWebhook({ payload, secret: SECRET, timestamp: now })
  const ts = twentyHeaders['x-twenty-webhook-timestamp']
  const signatureHeader = twentyHeaders['x-twenty-webhook-signature']
  const stripeHeader = stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET })
  const octokitSignature = await octokitSign(SECRET, payload)
  // What a hand-written verifier does per delivery: decode the header, HMAC, constant-time compare. No
  // timestamp window, no header-shape handling, no reasons: the floor any verifier is measured against.
  const rawHmac = () => {
    const expected = createHmac('sha256', SECRET).update(`${ts}:`).update(payload).digest()
    if (!timingSafeEqual(expected, Buffer.from(signatureHeader, 'hex'))) throw new Error('mismatch')
  }
  return {
    [RAW]: { fn: rawHmac },
    [RAW_AGAIN]: { fn: () => rawHmac() },
    [RAW_PARSE]: {
      fn: () => {
        rawHmac()
        JSON.parse(payload)
      },
    },
    [SDK_SIGNATURE]: {
      fn: () => verifyWebhookSignature({ payload, headers: twentyHeaders, secret: SECRET }),
    },
    [SDK_VERIFY]: { fn: () => verifyWebhook({ payload, headers: twentyHeaders, secret: SECRET }) },
    [STRIPE]: { fn: () => stripe.webhooks.constructEvent(payload, stripeHeader, SECRET) },
    [OCTOKIT]: {
      fn: async () => {
        if (!(await octokitVerify(SECRET, payload, octokitSignature))) throw new Error('mismatch')
      },
    },
  }
}

/**
 * Median verifications per second of every candidate, for 1 KB and 64 KB bodies, and every round's figures.
 * @returns {Promise<{ sizeKb: number, ops: Record<string, number>, rounds: Record<string, { ops: number }[]> }[]>}
 */
export async function measureWebhookVerification({ rounds = 7, roundMs = 250 } = {}) {
  const results = []
  for (const size of [1024, 64 * 1024]) {
    const measured = await interleavedMedians(await candidates(body(size)), { rounds, roundMs })
    results.push({ sizeKb: size / 1024, ops: measured.ops, rounds: measured.rounds })
  }
  return results
}

if (isMain(import.meta)) {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 7)
  const results = await measureWebhookVerification({
    rounds,
    roundMs: Number(process.env.BENCH_ROUND_MS ?? 250),
  })
  report(results, () => {
    const rows = []
    // Throughput of `name` over `reference`'s: the time ratio of `reference` over `name`, paired by round.
    const over = (rounds, name, reference) => pairedRatios(rounds, reference, name).median.toFixed(2)
    for (const { sizeKb, ops, rounds } of results) {
      for (const name of Object.keys(ops)) {
        rows.push({
          body: `${sizeKb} KB`,
          candidate: name,
          'vs raw HMAC': `${over(rounds, name, RAW)}×`,
          'vs raw HMAC + parse': `${over(rounds, name, RAW_PARSE)}×`,
        })
      }
    }
    console.log(
      `Webhook verification throughput relative to hand-written verification (${rounds} interleaved rounds, median of the paired ratios)`,
    )
    console.table(rows)
  })
}
