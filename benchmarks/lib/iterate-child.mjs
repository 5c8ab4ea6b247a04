// Child-process entry: iterates every person of a sandbox once, in a fresh process so that its RSS tells what
// the iteration itself costs. Started by iteration-memory.mjs with --expose-gc.
//
//   node --expose-gc lib/iterate-child.mjs <sdk|raw> <url> <apiKey> <pageSize>
//
// Prints one JSON line: records seen, wall and CPU milliseconds, RSS before and at its peak, in bytes.
import { TwentyClient } from 'twenty-sdk'

const [mode, url, apiKey, pageSizeArgument] = process.argv.slice(2)
const limit = Number(pageSizeArgument)
// depth 0 in both loops: the seeded people have no relations, so the pages are byte for byte those of depth 1,
// and the sandbox skips the relation lookups (about 15 % of its time per page).
const depth = 0

// What hand-written code does: follow pageInfo.endCursor while hasNextPage, keeping nothing but a count.
async function* rawPeople() {
  let cursor
  while (true) {
    const query = new URLSearchParams({ limit: String(limit), depth: String(depth) })
    if (cursor) query.set('starting_after', cursor)
    const response = await fetch(`${url}/rest/people?${query}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    })
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`)
    const body = await response.json()
    yield* body.data.people
    if (!body.pageInfo.hasNextPage) return
    cursor = body.pageInfo.endCursor
  }
}

const twenty = new TwentyClient({ apiKey, baseUrl: url, rateLimit: false })
const people = mode === 'sdk' ? () => twenty.people.iterate({ limit, depth }) : rawPeople

// One request before measuring, with the client under test: what loads on first use (Node's fetch, and the
// SDK's transport, rate limiter and validation, loaded lazily) is code, not memory the iteration holds.
if (mode === 'sdk') await twenty.people.list({ limit: 1, depth })
else
  await (await fetch(`${url}/rest/people?limit=1`, { headers: { authorization: `Bearer ${apiKey}` } })).json()

globalThis.gc()
const rssBefore = process.memoryUsage.rss()
let rssPeak = rssBefore
const cpuBefore = process.cpuUsage()
const started = performance.now()
let records = 0
let emails = 0
for await (const person of people()) {
  records++
  if (person.emails.primaryEmail) emails++
  // Sampled once per page: the peak is what the process needed while holding a page.
  if (records % limit === 0) rssPeak = Math.max(rssPeak, process.memoryUsage.rss())
}
const wallMs = performance.now() - started
const cpu = process.cpuUsage(cpuBefore)
rssPeak = Math.max(rssPeak, process.memoryUsage.rss())
await twenty.close()
process.stdout.write(
  `${JSON.stringify({ mode, records, emails, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, rssBefore, rssPeak })}\n`,
)
