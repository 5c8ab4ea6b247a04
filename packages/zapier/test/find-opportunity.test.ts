import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { failureOf, run, twentyOf, useSandbox } from './helpers/app-tester.js'
import { type RequestRecorder, startRecorder } from './helpers/request-recorder.js'
import { tick } from './helpers/sleep.js'

const sandbox = useSandbox()
const findOpportunity = App.searches.find_opportunity

type Row = Record<string, unknown> & { id: string; name: string }

let recorder: RequestRecorder
const companies: Record<'dairy' | 'herbs', string> = { dairy: '', herbs: '' }

// Created oldest first, a few milliseconds apart, so "the newest" is well defined.
beforeAll(async () => {
  recorder = await startRecorder(sandbox())
  const twenty = twentyOf(sandbox())
  companies.dairy = (await twenty.companies.create({ name: 'Da Nang Dairy' })).id
  companies.herbs = (await twenty.companies.create({ name: 'Hue Herbs' })).id
  for (const deal of [
    { name: 'Milk contract 2026', stage: 'MEETING', companyId: companies.dairy },
    {
      name: 'Milk contract 2027',
      stage: 'PROPOSAL',
      companyId: companies.dairy,
      amount: { amountMicros: 2_500_500_000, currencyCode: 'USD' },
    },
    { name: 'Herb wholesale', stage: 'MEETING', companyId: companies.herbs },
  ]) {
    await twenty.opportunities.create(deal)
    await tick()
  }
})
afterAll(() => recorder.close())

const find = (inputData: Record<string, unknown>) =>
  run<Row[]>(findOpportunity.operation.perform, recorder, { inputData })
const lastFilter = () => recorder.requests.at(-1)?.query.get('filter')

describe('Find Opportunity', () => {
  it('finds the newest deal whose name contains the text, ignoring case, with its amount in units', async () => {
    const found = await find({ name: 'MILK contract' })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ name: 'Milk contract 2027', amountValue: 2500.5 })
    expect(lastFilter()).toBe('name[ilike]:"%MILK contract%"')
  })

  it('finds the newest deal at a stage, the stage read in any case', async () => {
    expect((await find({ stage: 'meeting' })).map((deal) => deal.name)).toEqual(['Herb wholesale'])
    expect(lastFilter()).toBe('stage[eq]:"MEETING"')
  })

  it('finds the newest deal with a company', async () => {
    expect((await find({ companyId: companies.dairy })).map((deal) => deal.name)).toEqual([
      'Milk contract 2027',
    ])
    expect(lastFilter()).toBe(`companyId[eq]:"${companies.dairy}"`)
  })

  it('requires every criterion filled in to match', async () => {
    expect((await find({ name: 'milk', stage: 'MEETING' })).map((deal) => deal.name)).toEqual([
      'Milk contract 2026',
    ])
    expect(await find({ name: 'herb', companyId: companies.dairy })).toEqual([])
  })

  it('returns an empty array when no deal matches', async () => {
    expect(await find({ name: 'tea' })).toEqual([])
  })

  it('refuses a search with no criterion, sending nothing', async () => {
    const before = recorder.requests.length
    for (const inputData of [{}, { name: '  ', stage: '' }]) {
      expect(await failureOf(find(inputData))).toMatchObject({
        name: 'AppError',
        code: 'INVALID_INPUT',
        message:
          'Nothing was sent to Twenty: Fill in at least one field to search by (Name, Stage or Company).',
      })
    }
    expect(recorder.requests.length).toBe(before)
  })

  it('finds a name holding quotes and an unpaired parenthesis, each sent as any one character, with a stage', async () => {
    await twentyOf(sandbox()).opportunities.create({ name: `O'Neil "Big" deal (phase 1`, stage: 'MEETING' })
    const [found] = await find({ name: `o'neil "big" deal (phase`, stage: 'MEETING' })
    expect(found?.name).toBe(`O'Neil "Big" deal (phase 1`)
    expect(lastFilter()).toBe('name[ilike]:"%o_neil _big_ deal _phase%",stage[eq]:"MEETING"')
  })

  it('refuses a malformed company id by field label, sending nothing', async () => {
    const before = recorder.requests.length
    expect(await failureOf(find({ companyId: 'acme' }))).toMatchObject({
      message: expect.stringContaining(
        'Nothing was sent to Twenty: Company: "acme" is not a Twenty record ID',
      ),
    })
    expect(recorder.requests.length).toBe(before)
  })
})
