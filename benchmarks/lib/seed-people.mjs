// Fills a sandbox with many people quickly. Through the REST API, 100,000 people take about 30 s (each batch
// is a transaction that snapshots the tables); written straight into the store they take about 1.5 s.

const ACTOR = { source: 'IMPORT', workspaceMemberId: null, name: 'Benchmark seed', context: {} }
const person = (i) => ({
  name: { firstName: 'Bench', lastName: `Person ${i}` },
  emails: { primaryEmail: `bench.person${i}@iterate.example`, additionalEmails: null },
  city: i % 2 ? 'Hanoi' : 'Austin',
  jobTitle: 'Buyer',
})

/**
 * Adds `count` people: the first batch through the REST API (`createMany` with upsert, as a client would), the
 * rest straight into `sandbox.store`. The sandbox exports no object definitions, so the one the store needs is
 * taken from the store's own event for that first batch.
 */
export async function seedPeople(sandbox, count) {
  let people
  const capture = (event) => {
    people ??= event.object
  }
  sandbox.store.events.on('record', capture)
  const first = Array.from({ length: Math.min(60, count) }, (_, i) => person(i))
  const response = await fetch(`${sandbox.url}/rest/batch/people?upsert=true`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(first),
  })
  if (!response.ok) throw new Error(`Seeding failed: ${response.status} ${await response.text()}`)
  sandbox.store.events.off('record', capture)
  if (!people) throw new Error('Seeding failed: the store emitted no record event for the first batch')
  for (let i = first.length; i < count; i++) sandbox.store.create(people, person(i), ACTOR)
}
