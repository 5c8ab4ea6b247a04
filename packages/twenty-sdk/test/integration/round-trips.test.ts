import type { Interceptor } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'
import { TwentyClient } from '../../src/index.js'
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
