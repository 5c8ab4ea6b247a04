import { beforeAll, describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { run, twentyOf, useSandbox } from './helpers/app-tester.js'

type Choice = { id: string; label?: string; name?: string }

// The workspace's members, as Twenty lists them at `/rest/workspaceMembers` (one without a name).
const MEMBERS = [
  {
    id: '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a',
    name: { firstName: 'Mai', lastName: 'Tran' },
    userEmail: 'mai@saigoncoffee.example',
  },
  {
    id: '1e0f9a8b-7c6d-4e5f-9a3b-2c1d0e9f8a7b',
    name: { firstName: '', lastName: '' },
    userEmail: 'ops@saigoncoffee.example',
  },
]
const sandbox = useSandbox({ maxLimit: 50, workspaceMembers: MEMBERS })
const triggers = App.triggers

beforeAll(async () => {
  const twenty = twentyOf(sandbox())
  await twenty.people.create({
    name: { firstName: 'Linh', lastName: 'Nguyen' },
    emails: { primaryEmail: 'linh@saigoncoffee.example' },
  })
  await twenty.people.create({ emails: { primaryEmail: 'no-name@saigoncoffee.example' } })
  await twenty.companies.createMany(
    Array.from({ length: 55 }, (_, index) => ({ name: `Company ${String(index).padStart(2, '0')}` })),
  )
  await twenty.opportunities.create({ name: 'Wholesale', stage: 'PROPOSAL' })
})

describe('dynamic dropdowns', () => {
  it('label people by name and email, or by email alone when they have no name', async () => {
    const choices = await run<Choice[]>(triggers.list_people.operation.perform, sandbox())
    expect(choices.map((choice) => choice.label)).toEqual(
      expect.arrayContaining(['Linh Nguyen <linh@saigoncoffee.example>', 'no-name@saigoncoffee.example']),
    )
  })

  it('page companies by name as the user scrolls', async () => {
    const first = await run<Choice[]>(triggers.list_companies.operation.perform, sandbox(), {
      meta: { page: 0 },
    })
    const second = await run<Choice[]>(triggers.list_companies.operation.perform, sandbox(), {
      meta: { page: 1 },
    })
    const third = await run<Choice[]>(triggers.list_companies.operation.perform, sandbox(), {
      meta: { page: 2 },
    })
    expect(first).toHaveLength(50)
    expect(first[0]?.name).toBe('Company 00')
    expect(second.map((choice) => choice.name)).toEqual([
      'Company 50',
      'Company 51',
      'Company 52',
      'Company 53',
      'Company 54',
    ])
    expect(third).toEqual([])
  })

  it('show opportunities with their stage, in the field the opportunity dropdowns display', async () => {
    const choices = await run<Choice[]>(triggers.list_opportunities.operation.perform, sandbox())
    // Zapier shows the property named last in `dynamic` ('list_opportunities.id.label').
    const [, , shown = ''] =
      App.creates.update_opportunity.operation.inputFields[0]?.dynamic?.split('.') ?? []
    expect(choices.map((choice) => choice[shown as keyof Choice])).toEqual(['Wholesale (Proposal)'])
  })

  it('list workspace members for assignees, by name and email', async () => {
    const choices = await run<Choice[]>(triggers.list_workspace_members.operation.perform, sandbox())
    expect(choices).toEqual([
      { id: MEMBERS[0]?.id, label: 'Mai Tran <mai@saigoncoffee.example>' },
      { id: MEMBERS[1]?.id, label: 'ops@saigoncoffee.example' },
    ])
  })

  it('point every relation field at a dropdown trigger that exists, and every search at a search that exists', () => {
    const refs: string[] = []
    for (const group of [App.creates, App.searches] as Record<
      string,
      { operation: { inputFields?: unknown[] } }
    >[]) {
      for (const step of Object.values(group)) {
        for (const field of step.operation.inputFields ?? []) {
          if (typeof field !== 'object' || field === null) continue
          const { dynamic, search } = field as { dynamic?: string; search?: string }
          if (dynamic) refs.push(`triggers.${dynamic.split('.')[0]}`)
          if (search) refs.push(`searches.${search.split('.')[0]}`)
        }
      }
    }
    expect(refs.length).toBeGreaterThan(5)
    for (const ref of refs) {
      const [kind, key] = ref.split('.') as ['triggers' | 'searches', string]
      expect(App[kind], ref).toHaveProperty(key)
    }
  })
})
