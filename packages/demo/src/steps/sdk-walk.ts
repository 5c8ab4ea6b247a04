import type { TwentyClient } from 'twenty-sdk'
import type { CleanUpLedger, LedgerEntry } from '../clean-up-ledger.js'
import type { Report } from '../report.js'
import type { RunKeys } from '../run-keys.js'

/** Everything the demo creates carries this tag, so a run against a real workspace can clean up after itself. */
export const DEMO_TAG = 'twenty-sdk demo'

/** The most pages of people the demo reads. */
const MAX_PAGES = 5

/** The standard pipeline stages the demo's deals go through; CUSTOMER is the won stage the Zapier trigger watches. */
const DEMO_STAGES = ['PROPOSAL', 'MEETING', 'CUSTOMER'] as const

/**
 * CRUD, filtered listing, iteration over pages, soft delete and restore, a bulk update, a merge of duplicates,
 * then clean-up. Each record is created with an id the ledger holds before the create is sent (see
 * `CleanUpLedger.reserve`), so a failure anywhere, even a lost answer, leaves the final clean-up to delete it.
 */
export async function sdkWalk(
  twenty: TwentyClient,
  report: Report,
  keys: RunKeys,
  ledger: CleanUpLedger,
): Promise<void> {
  report.section('1. The SDK: typed records, filters, pages, soft delete')
  // Read before the first write: a workspace that renamed or removed a stage the demo uses gets a clear refusal
  // with nothing written, instead of Twenty's 400 on a deal half-way through.
  await report.step(
    "read the workspace's pipeline stages",
    async () => {
      const stages = await twenty.workspace.selectOptions('opportunity', 'stage')
      const missing = DEMO_STAGES.find((stage) => !stages.includes(stage))
      if (missing)
        throw new Error(
          `this workspace's pipeline has no ${missing} stage (its stages: ${stages.join(' → ')}); the demo moves its ` +
            `deals through ${DEMO_STAGES.join(', ')}, so it stopped before writing anything`,
        )
      return stages
    },
    (stages) => stages.join(' → '),
  )
  const company = await report.step(
    'create a company',
    () =>
      twenty.companies.create({
        id: ledger.reserve('companies'),
        name: `Saigon Coffee Roasters (${DEMO_TAG})`,
        domainName: { primaryLinkUrl: `https://${keys.domain('saigoncoffee.example')}` },
      }),
    (c) => c.name ?? '',
  )
  const person = await report.step(
    'create a person linked to it',
    () =>
      twenty.people.create({
        id: ledger.reserve('people'),
        name: { firstName: 'Linh', lastName: `Nguyen (${DEMO_TAG})` },
        emails: { primaryEmail: keys.email(`linh.${Date.now()}@saigoncoffee.example`) },
        phones: {
          primaryPhoneNumber: '912345678',
          primaryPhoneCountryCode: 'VN',
          primaryPhoneCallingCode: '+84',
        },
        companyId: company.id,
      }),
    (p) => `${p.name?.firstName} ${p.name?.lastName}, ${p.emails?.primaryEmail}`,
  )
  await report.step(
    'get it back with its company (depth 1)',
    () => twenty.people.get(person.id, { depth: 1 }),
    (p) => `works at ${p.company?.name}`,
  )
  await report.step(
    'update the job title',
    () => twenty.people.update(person.id, { jobTitle: 'Head of Sales' }),
    (p) => `jobTitle = ${p.jobTitle}`,
  )
  const deal = await report.step(
    'create a deal in VND micros',
    () =>
      twenty.opportunities.create({
        id: ledger.reserve('opportunities'),
        name: `Wholesale contract (${DEMO_TAG})`,
        amount: { amountMicros: 250_000_000 * 1_000_000, currencyCode: 'VND' },
        stage: 'PROPOSAL',
        companyId: company.id,
        pointOfContactId: person.id,
      }),
    (o) =>
      `${o.stage}, ${(Number(o.amount?.amountMicros) / 1e6).toLocaleString('en-US')} ${o.amount?.currencyCode}`,
  )
  await report.step(
    'list deals in PROPOSAL or CUSTOMER, biggest first',
    () =>
      twenty.opportunities.list({
        filter: { stage: { in: ['PROPOSAL', 'CUSTOMER'] } },
        orderBy: { 'amount.amountMicros': 'DescNullsLast' },
        limit: 5,
      }),
    (page) => `${page.data.length} shown of ${page.totalCount} matching`,
  )
  await report.step(
    'iterate over people, page by page',
    async () => {
      let count = 0
      let pages = 0
      let more = false
      for await (const page of twenty.people.iterate({ limit: 20 }).pages()) {
        pages++
        count += page.data.length
        // A real workspace may hold tens of thousands of people: reading them all would take minutes and use up
        // the workspace's API rate limit, which its own integrations share.
        more = page.pageInfo.hasNextPage === true
        if (pages === MAX_PAGES) break
      }
      return { count, pages, more }
    },
    ({ count, pages, more }) =>
      more
        ? `${count} people in the first ${pages} pages (the demo stops there)`
        : `${count} people in ${pages} pages`,
  )
  await report.step(
    'soft-delete the deal',
    () => twenty.opportunities.delete(deal.id),
    () => 'gone from lists, recoverable',
  )
  await report.step(
    'restore it',
    () => twenty.opportunities.restore(deal.id),
    (o) => `back: ${o.name}`,
  )
  await report.step(
    "move the company's deals to MEETING",
    // The filter names the demo's own company, so no other deal of a real workspace can match.
    () => twenty.opportunities.updateMany({ companyId: { eq: company.id } }, { stage: 'MEETING' }),
    (deals) => `${deals.length} deal(s) moved: ${deals.map((d) => `${d.name} → ${d.stage}`).join(', ')}`,
  )
  await report.step(
    'merge a duplicate into the person',
    async () => {
      const duplicate = await twenty.people.create({
        id: ledger.reserve('people'),
        name: { firstName: 'Linh', lastName: `Nguyen (${DEMO_TAG})` },
        emails: { primaryEmail: keys.email(`linh.nguyen.${Date.now()}@saigoncoffee.example`) },
      })
      const [found] = await twenty.people.findDuplicates({ ids: [person.id] })
      // Only the demo's own duplicate is merged, whatever else a real workspace holds under the same name.
      if (!found?.duplicates.some((d) => d.id === duplicate.id))
        throw new Error(`findDuplicates did not find the duplicate ${duplicate.id}`)
      const kept = await twenty.people.merge([person.id, duplicate.id])
      // The merge destroyed the duplicate.
      ledger.unregister('people', duplicate.id)
      return { kept, email: duplicate.emails?.primaryEmail ?? '' }
    },
    ({ kept }) =>
      `kept ${kept.id === person.id ? 'the person' : kept.id}; additional emails: ${(kept.emails?.additionalEmails ?? []).join(', ') || 'none'}`,
    ({ kept, email }) =>
      kept.emails?.additionalEmails?.includes(email)
        ? undefined
        : `the duplicate's email ${email} is missing`,
  )
  await report.step(
    'refuse a bad email before sending anything',
    async () =>
      twenty.people.create({ emails: { primaryEmail: 'not-an-email' } }).then(
        () => 'accepted?!',
        (e: Error) => e.name,
      ),
    (name) => name,
  )
  const own: LedgerEntry[] = [
    { object: 'opportunities', id: deal.id },
    { object: 'people', id: person.id },
    { object: 'companies', id: company.id },
  ]
  await report.step(
    'clean up (hard delete)',
    async () => {
      const { destroyed, alreadyGone, left } = await ledger.destroy(own)
      if (left.length > 0)
        throw new Error(
          `${left.length} of ${own.length} demo records could not be deleted; the final clean-up tries again`,
        )
      return destroyed.length + alreadyGone.length
    },
    (n) => `${n} demo records destroyed`,
  )
}
