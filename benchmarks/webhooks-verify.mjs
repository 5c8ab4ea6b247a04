// Webhook verification throughput, as ratios measured in one run on this machine (never a bare time).
// Candidates run in interleaved rounds so machine noise hits them alike; the median of the rounds is reported.
// Usage: npx -y pnpm@10 --filter @twenty-sdk/benchmarks bench:webhooks
import { createHmac, timingSafeEqual } from 'node:crypto'
import { verify as octokitVerify, sign as octokitSign } from '@octokit/webhooks-methods'
import Stripe from 'stripe'
import { signWebhook, verifyWebhook, verifyWebhookSignature } from 'twenty-sdk/webhooks'

const SECRET = 'whsec_benchmark_secret_0123456789abcdef'
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7)
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 250)
const stripe = new Stripe('sk_test_benchmark')

function body(size) {
  const record = { id: '0b9a4f5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b', name: 'Acme renewal', stage: 'CUSTOMER', notes: '' }
  const payload = { eventName: 'opportunity.updated', webhookId: 'h', workspaceId: 'w', eventDate: new Date(0).toISOString(), record }
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
    'raw HMAC (node:crypto + timingSafeEqual)': rawHmac,
    'raw HMAC + JSON.parse': () => {
      rawHmac()
      JSON.parse(payload)
    },
    'twenty-sdk verifyWebhookSignature': () => verifyWebhookSignature({ payload, headers: twentyHeaders, secret: SECRET }),
    'twenty-sdk verifyWebhook (+ parse)': () => verifyWebhook({ payload, headers: twentyHeaders, secret: SECRET }),
    'stripe constructEvent (+ parse)': () => stripe.webhooks.constructEvent(payload, stripeHeader, SECRET),
    '@octokit/webhooks-methods verify': async () => {
      if (!(await octokitVerify(SECRET, payload, octokitSignature))) throw new Error('mismatch')
    },
  }
}

async function opsPerSecond(fn) {
  let count = 0
  const end = performance.now() + ROUND_MS
  while (performance.now() < end) {
    for (let i = 0; i < 20; i++) {
      const result = fn()
      if (result instanceof Promise) await result
    }
    count += 20
  }
  return count / (ROUND_MS / 1000)
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const rows = []
for (const size of [1024, 64 * 1024]) {
  const payload = body(size)
  const fns = await candidates(payload)
  const samples = Object.fromEntries(Object.keys(fns).map((name) => [name, []]))
  for (const fn of Object.values(fns)) await opsPerSecond(fn) // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(fns)) samples[name].push(await opsPerSecond(fn))
  }
  const baseline = median(samples['raw HMAC (node:crypto + timingSafeEqual)'])
  const parsedBaseline = median(samples['raw HMAC + JSON.parse'])
  for (const [name, values] of Object.entries(samples)) {
    const ops = median(values)
    rows.push({
      body: `${size / 1024} KB`,
      candidate: name,
      'vs raw HMAC': `${(ops / baseline).toFixed(2)}×`,
      'vs raw HMAC + parse': `${(ops / parsedBaseline).toFixed(2)}×`,
    })
  }
}
console.log(`Webhook verification throughput relative to hand-written verification (${ROUNDS} interleaved rounds, median)`)
console.table(rows)
