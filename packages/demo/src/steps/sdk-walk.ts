import type { TwentyClient } from 'twenty-sdk'
import type { Report } from '../report.js'
import type { RunKeys } from '../run-keys.js'

/** Everything the demo creates carries this tag, so a run against a real workspace can clean up after itself. */
export const DEMO_TAG = 'twenty-sdk demo'

/** CRUD, filtered listing, iteration over every page, soft delete and restore, then clean-up. */
export async function sdkWalk(twenty: TwentyClient, report: Report, keys: RunKeys): Promise<void> {
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
  await report.step(
    "read the workspace's pipeline stages",
    () => twenty.workspace.selectOptions('opportunity', 'stage'),
    (stages) => stages.join(' → '),
  )
  await report.step(
    'list deals at PROPOSAL or later, biggest first',
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
    'refuse a bad email before sending anything',
    async () =>
      twenty.people.create({ emails: { primaryEmail: 'not-an-email' } }).then(
        () => 'accepted?!',
        (e: Error) => e.name,
      ),
    (name) => name,
  )
  await report.step(
    'clean up (hard delete)',
    async () => {
      await twenty.opportunities.destroy(deal.id)
      await twenty.people.destroy(person.id)
      await twenty.companies.destroy(company.id)
      return 3
    },
    (n) => `${n} demo records destroyed`,
  )
}
