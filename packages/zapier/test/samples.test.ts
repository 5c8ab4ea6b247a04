import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { run, useSandbox } from './helpers/app-tester.js'

const sandbox = useSandbox()

type Row = Record<string, unknown> & { id: string }
type Step = {
  key: string
  operation: {
    perform: unknown
    performList?: unknown
    sample: Record<string, unknown>
    outputFields: { key: string }[]
  }
}

/** The keys Zapier shows a Zap user for a value: nested objects flattened with `__`, as in `name__firstName`. */
function flatKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix]
  return Object.entries(value).flatMap(([key, inner]) => flatKeys(inner, prefix ? `${prefix}__${key}` : key))
}

const { creates, searches } = App as unknown as {
  creates: Record<keyof typeof App.creates, Step>
  searches: Record<keyof typeof App.searches, Step>
}

/** Runs every visible step once against the sandbox, as a Zap user testing each step would. */
async function outputsOfEveryStep(): Promise<[Step, Row][]> {
  const perform = (step: Step, inputData: Record<string, unknown>) =>
    run<Row>(step.operation.perform, sandbox(), { inputData })
  const first = async (step: Step, bundle: Record<string, unknown>) =>
    ((await run<Row[]>(step.operation.performList ?? step.operation.perform, sandbox(), bundle))[0] ??
      {}) as Row

  const company = await perform(creates.create_company, {
    name: 'Sample Co',
    domain: 'sample.example',
    annualRecurringRevenue: '1000',
  })
  const person = await perform(creates.create_person, {
    firstName: 'Sam',
    email: 'sam@sample.example',
    phoneNumber: '+84 912 345 678',
    companyId: company.id,
  })
  const deal = await perform(creates.create_opportunity, {
    name: 'Sample deal',
    stage: 'CUSTOMER',
    amount: '10',
    companyId: company.id,
  })
  const outputs: [Step, Row][] = [
    [creates.create_company, company],
    [creates.create_person, person],
    [creates.create_opportunity, deal],
    [
      creates.create_task,
      await perform(creates.create_task, { title: 'Call', personId: person.id, status: 'DONE' }),
    ],
    [
      creates.create_note,
      await perform(creates.create_note, { recordType: 'person', recordId: person.id, title: 'Met' }),
    ],
    [creates.update_person, await perform(creates.update_person, { personId: person.id, city: 'Hue' })],
    [
      creates.update_company,
      await perform(creates.update_company, { companyId: company.id, employees: '5' }),
    ],
    [
      creates.update_opportunity,
      await perform(creates.update_opportunity, { opportunityId: deal.id, amount: '20' }),
    ],
    [searches.find_person, await first(searches.find_person, { inputData: { email: 'sam@sample.example' } })],
    [searches.find_company, await first(searches.find_company, { inputData: { domain: 'sample.example' } })],
    [searches.find_opportunity, await first(searches.find_opportunity, { inputData: { name: 'Sample' } })],
  ]
  const triggers = Object.values(
    App.triggers as unknown as Record<string, Step & { display: { hidden?: boolean } }>,
  )
  for (const step of triggers.filter((trigger) => !trigger.display.hidden)) {
    outputs.push([
      step,
      await first(step, { inputData: { object: 'opportunity' }, meta: { isLoadingSample: true } }),
    ])
  }
  return outputs
}

describe('samples', () => {
  it('show every field the step really returns, and every output field it declares', async () => {
    const outputs = await outputsOfEveryStep()
    const visible = [App.triggers, App.creates, App.searches].flatMap((group) =>
      Object.values(group).filter((step) => !(step.display as { hidden?: boolean }).hidden),
    )
    expect(outputs.map(([step]) => step.key).sort()).toEqual(visible.map((step) => step.key).sort())
    for (const [step, output] of outputs) {
      expect(output.id, step.key).toBeTypeOf('string')
      const sampleKeys = flatKeys(step.operation.sample)
      expect(sampleKeys, step.key).toEqual(expect.arrayContaining(flatKeys(output)))
      expect(sampleKeys, step.key).toEqual(
        expect.arrayContaining(step.operation.outputFields.map((field) => field.key)),
      )
    }
  })
})
