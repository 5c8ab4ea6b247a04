import type { TwentyClient } from 'twenty-sdk'
import type { CleanUpLedger, LedgerEntry } from '../clean-up-ledger.js'
import type { Report } from '../report.js'
import type { RunKeys } from '../run-keys.js'

/** Everything the demo creates carries this tag, so a run against a real workspace can clean up after itself. */
export const DEMO_TAG = 'twenty-sdk demo'

/**
 * CRUD, filtered listing, iteration over every page, soft delete and restore, a bulk update, a merge of
 * duplicates, then clean-up. Each record goes into the ledger as soon as it exists, so a failure anywhere
 * leaves the final clean-up to delete it.
 */
export async function sdkWalk(
  twenty: TwentyClient,
  report: Report,
  keys: RunKeys,
  ledger: CleanUpLedger,
): Promise<void> {
  report.section('1. The SDK: typed records, filters, pages, soft delete')
  const company = await report.step(
    'create a company',
    () =>
      twenty.companies.create({
        name: `Saigon Coffee Roasters (${DEMO_TAG})`,
        domainName: { primaryLinkUrl: `https://${keys.domain('saigoncoffee.example')}` },
      }),
    (c) => c.name ?? '',
  )
  ledger.register('companies', company.id)
  const person = await report.step(
    'create a person linked to it',
    () =>
      twenty.people.create({
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
  ledger.register('people', person.id)
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
        name: `Wholesale contract (${DEMO_TAG})`,
        amount: { amountMicros: 250_000_000 * 1_000_000, currencyCode: 'VND' },
        stage: 'PROPOSAL',
        companyId: company.id,
        pointOfContactId: person.id,
      }),
    (o) =>
      `${o.stage}, ${(Number(o.amount?.amountMicros) / 1e6).toLocaleString('en-US')} ${o.amount?.currencyCode}`,
  )
  ledger.register('opportunities', deal.id)
  await report.step(
    "read the workspace's pipeline stages",
    () => twenty.workspace.selectOptions('opportunity', 'stage'),
    (stages) => stages.join(' → '),
  )
  await report.step(
    'list deals from PROPOSAL on, biggest first',
    () =>
      twenty.opportunities.list({
        filter: { or: [{ stage: { eq: 'PROPOSAL' } }, { stage: { eq: 'CUSTOMER' } }] },
        orderBy: { 'amount.amountMicros': 'DescNullsLast' },
        limit: 5,
      }),
    (page) => `${page.data.length} shown of ${page.totalCount} matching`,
  )
  await report.step(
    'iterate over every person, page by page',
    async () => {
      let count = 0
      let pages = 0
      for await (const page of twenty.people.iterate({ limit: 20 }).pages()) {
        pages++
        count += page.data.length
      }
      return { count, pages }
    },
    ({ count, pages }) => `${count} people in ${pages} pages`,
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
        name: { firstName: 'Linh', lastName: `Nguyen (${DEMO_TAG})` },
        emails: { primaryEmail: keys.email(`linh.nguyen.${Date.now()}@saigoncoffee.example`) },
      })
      ledger.register('people', duplicate.id)
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
