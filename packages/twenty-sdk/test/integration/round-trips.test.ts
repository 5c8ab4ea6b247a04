import type { Interceptor } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'
import { TwentyClient, TwentyValidationError } from '../../src/index.js'
import { errorOf } from '../helpers/mock-fetch.js'
import { useSandbox } from './setup.js'

/** The next `remaining` matching requests are handled, then their answer is lost (the write committed). */
const loseAnswer = { method: '', path: '', remaining: 0 }
const losing: Interceptor = async (request, next) => {
  if (request.method !== loseAnswer.method || request.path !== loseAnswer.path || loseAnswer.remaining <= 0) {
    return next()
  }
  loseAnswer.remaining--
  await next()
  request.raw.socket.destroy()
  return undefined
}

const ctx = useSandbox({ interceptors: [losing] })

describe('input Twenty accepts', () => {
  it('creates a person with an international email address, which Twenty accepts', async () => {
    const person = await ctx.twenty.people.create({
      emails: { primaryEmail: 'nguyễn.an@ví-dụ.vn', additionalEmails: ['info@bücher.de'] },
    })
    expect(person.emails?.primaryEmail).toBe('nguyễn.an@ví-dụ.vn')
    expect(person.emails?.additionalEmails).toEqual(['info@bücher.de'])
  })
})

describe('records read back and sent again', () => {
  it('refuses a record read at depth 1 and sent back whole, naming the embedded relation and its id field, and sends nothing', async () => {
    const company = await ctx.twenty.companies.create({ name: 'Embedded Co' })
    const person = await ctx.twenty.people.create({
      name: { firstName: 'Mai', lastName: 'Tran' },
      companyId: company.id,
    })
    const read = await ctx.twenty.people.get(person.id, { depth: 1 })
    const sent: string[] = []
    const eject = ctx.twenty.use({ onRequest: ({ context }) => void sent.push(context.method) })
    try {
      const error = await errorOf(ctx.twenty.people.update(person.id, { ...read, jobTitle: 'Buyer' }))
      expect(error).toBeInstanceOf(TwentyValidationError)
      expect(error.code).toBe('INVALID_INPUT')
      expect(error.message).toMatch(/company is the related record depth: 1 embeds.*companyId/)
      expect((error as TwentyValidationError).issues.map((issue) => issue.path)).toContain('company')
    } finally {
      eject()
    }
    expect(sent).toEqual([])
    expect((await ctx.twenty.people.get(person.id)).jobTitle).toBe('')
  })

  it('writes back a depth-1 record once its relations are left out', async () => {
    const deal = await ctx.twenty.opportunities.create({ name: 'Depth one deal' })
    const { company, pointOfContact, taskTargets, noteTargets, ...fields } =
      await ctx.twenty.opportunities.get(deal.id, { depth: 1 })
    await expect(
      ctx.twenty.opportunities.update(deal.id, { ...fields, name: 'Renamed' }),
    ).resolves.toMatchObject({
      name: 'Renamed',
    })
  })

  it('accepts an amount as Twenty returns it when never set (currencyCode empty) in an update', async () => {
    const deal = await ctx.twenty.opportunities.create({ name: 'Unpriced deal' })
    expect(deal.amount?.currencyCode).toBe('')
    const updated = await ctx.twenty.opportunities.update(deal.id, { name: 'Renamed', amount: deal.amount })
    expect(updated.name).toBe('Renamed')
    const company = await ctx.twenty.companies.create({ name: 'No revenue yet' })
    const revenue = company.annualRecurringRevenue
    await expect(
      ctx.twenty.companies.update(company.id, { annualRecurringRevenue: revenue }),
    ).resolves.toMatchObject({ id: company.id })
  })

  it('with uniqueBy on a mixed-case email, returns the record a lost create committed instead of failing', async () => {
    const twenty = new TwentyClient({
      apiKey: ctx.sandbox.apiKey,
      baseUrl: ctx.sandbox.url,
      rateLimit: false,
      retry: { baseDelayMs: 5, maxDelayMs: 20 },
    })
    Object.assign(loseAnswer, { method: 'POST', path: '/rest/people', remaining: 1 })
    const person = await twenty.people.create(
      { name: { firstName: 'Mixed' }, emails: { primaryEmail: 'Mixed.Case@Example.com' } },
      { uniqueBy: 'emails.primaryEmail' },
    )
    expect(person.name?.firstName).toBe('Mixed')
    const stored = await ctx.twenty.people.list({ filter: { name: { firstName: { eq: 'Mixed' } } } })
    expect(stored.totalCount).toBe(1)
  })
})
