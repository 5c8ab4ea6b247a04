import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import App from '../src/index.js'
import { failureOf, run, twentyOf, useSandbox } from './helpers/app-tester.js'

// Twenty answering every request slowly, as a loaded self-hosted server does: each company read takes 400 ms, a
// person create 1.5 s, each task link 700 ms, removing a task 1.2 s.
const sandbox = useSandbox({
  faults: {
    rules: [
      { kinds: ['latency'], probability: 1, latencyMs: 400, methods: ['GET'], path: '/rest/companies' },
      { kinds: ['latency'], probability: 1, latencyMs: 1500, methods: ['POST'], path: '/rest/people' },
      { kinds: ['latency'], probability: 1, latencyMs: 700, methods: ['POST'], path: '/rest/taskTargets' },
      { kinds: ['latency'], probability: 1, latencyMs: 1200, methods: ['DELETE'], path: '/rest/tasks' },
    ],
  },
})

// The step budget, lowered the way the tests lower it: 1 s instead of 25 s, so no test waits for Zapier's limit.
const BUDGET_MS = 1000
// What the step may take beyond its budget: stopping the request in flight and building the error.
const MARGIN_MS = 400

type Row = Record<string, unknown> & { id: string }

beforeAll(async () => {
  const twenty = twentyOf(sandbox())
  await twenty.companies.create({ name: 'Acme', domainName: { primaryLinkUrl: 'https://acme.example' } })
  // 120 companies whose domains contain "beta.example" without being it: Find Company reads three pages of them.
  await twenty.companies.createMany(
    Array.from({ length: 120 }, (_, index) => ({
      name: `Beta lookalike ${index}`,
      domainName: { primaryLinkUrl: `https://beta.example${index}.com` },
    })),
  )
})

beforeEach(() => {
  vi.stubEnv('TWENTY_ZAPIER_STEP_BUDGET_MS', String(BUDGET_MS))
})

afterEach(() => {
  vi.unstubAllEnvs()
})

async function timed<T>(step: Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now()
  const result = await step
  return { result, ms: performance.now() - started }
}

describe("a step's requests share one time budget, within Zapier's 30 s per step", () => {
  it('Find Company paging through a slow server stops at the budget with a retry-later error naming the read', async () => {
    const { result: failure, ms } = await timed(
      failureOf(
        run(App.searches.find_company.operation.perform, sandbox(), {
          inputData: { domain: 'beta.example' },
        }),
      ),
    )
    expect(ms).toBeLessThan(BUDGET_MS + MARGIN_MS)
    expect(failure.name).toBe('ThrottledError')
    expect(failure.message).toMatch(
      /^Twenty answered too slowly: the step was still reading companies after 1 s/,
    )
    expect(failure.message).toMatch(/Zapier will retry in \d+ s\.$/)
  })

  it('a company dropdown scrolled past a slow server stops at the budget and asks the user to try again', async () => {
    // Page 2 follows two cursors first: three reads of 400 ms each.
    const failure = await failureOf(
      run(App.triggers.list_companies.operation.perform, sandbox(), {
        meta: { page: 2, isFillingDynamicDropdown: true },
      }),
    )
    expect(failure.name).toBe('ThrottledError')
    expect(failure.message).toMatch(/^Twenty answered too slowly: the step was still reading companies/)
    expect(failure.message).toMatch(/ Try again in \d+ s\.$/)
  })

  it('a step that fits in the budget is unaffected', async () => {
    const { result: found, ms } = await timed(
      run<Row[]>(App.searches.find_company.operation.perform, sandbox(), {
        inputData: { domain: 'acme.example' },
      }),
    )
    expect(found).toEqual([expect.objectContaining({ name: 'Acme' })])
    expect(ms).toBeLessThan(BUDGET_MS)
  })

  it('a create still unanswered at the budget stops, is not retried, and says it may have been saved', async () => {
    const { result: failure, ms } = await timed(
      failureOf(
        run(App.creates.create_person.operation.perform, sandbox(), {
          inputData: { email: 'slow@saigoncoffee.example', firstName: 'Lan' },
        }),
      ),
    )
    expect(ms).toBeLessThan(BUDGET_MS + MARGIN_MS)
    expect(failure).toMatchObject({ name: 'AppError', code: 'UNCONFIRMED_WRITE', status: 504 })
    expect(failure.message).toMatch(
      /^Twenty answered too slowly: the step was still creating people after 1 s/,
    )
    expect(failure.message).toContain(
      'Twenty did not confirm the change, so it may or may not have been saved. Check Twenty before you replay ' +
        'this step, or it may be made twice.',
    )
  })

  it('Create Task out of time while linking stops without a retry, and still removes the task it created', async () => {
    const company = await twentyOf(sandbox()).companies.create({ name: 'Linked Co' })
    const person = await twentyOf(sandbox()).people.create({
      name: { firstName: 'Linked', lastName: 'Person' },
    })
    const { result: failure, ms } = await timed(
      failureOf(
        run(App.creates.create_task.operation.perform, sandbox(), {
          inputData: { title: 'Call back the slow server', personId: person.id, companyId: company.id },
        }),
      ),
    )
    // The budget, then at most the grace an undo may take.
    expect(ms).toBeLessThan(BUDGET_MS + 2000 + MARGIN_MS)
    expect(failure).toMatchObject({ name: 'AppError', code: 'UNCONFIRMED_WRITE' })
    expect(failure.message).toMatch(/^Twenty answered too slowly: the step was still creating task targets/)
    const tasks = await twentyOf(sandbox()).tasks.list({
      filter: { title: { eq: 'Call back the slow server' } },
    })
    expect(tasks.data).toEqual([])
  })

  it("Create Task whose link Twenty refuses keeps Twenty's reason when removing the task outlasts the budget", async () => {
    const failure = await failureOf(
      run(App.creates.create_task.operation.perform, sandbox(), {
        inputData: { title: 'Linked to nobody', personId: '0b9a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' },
      }),
    )
    expect(failure.message).not.toContain('too slowly')
    expect(failure.message).toMatch(/^Twenty (refused the input|has no such record)/)
    const tasks = await twentyOf(sandbox()).tasks.list({ filter: { title: { eq: 'Linked to nobody' } } })
    expect(tasks.data).toEqual([])
  })
})
