import { describe, expect, it } from 'vitest'
import zapier from 'zapier-platform-core'
import { authentication } from '../src/authentication.js'
import App from '../src/index.js'

type Handler = (event: Record<string, unknown>) => Promise<{ results: unknown }>
// core exports createAppHandler at runtime, but its typings (18.6.0) do not declare it.
const { createAppHandler } = zapier as unknown as { createAppHandler: (app: object) => Handler }

// Zapier's Lambda handler, as `zapier-platform validate` and the platform call it. `calledFromCli` keeps it
// from patching this process's http modules and global fetch for logging.
const handler = createAppHandler(App)

type Field = { key: string; primary?: boolean } | ((...args: never[]) => unknown)
type Operation = { inputFields?: Field[]; outputFields?: Field[]; type?: string }
type Step = { key: string; display: { hidden?: boolean }; operation: Operation }

function keysOf(fields: Field[] | undefined): string[] {
  return (fields ?? []).map((field) =>
    typeof field === 'function' ? '<dynamic>' : `${field.key}${field.primary ? '*' : ''}`,
  )
}

/** What Zaps depend on: step keys, input keys and output keys. Renaming any of them breaks live Zaps. */
function contractOf(steps: Record<string, Step>) {
  return Object.fromEntries(
    Object.values(steps).map((step) => [
      step.key,
      {
        ...(step.operation.type ? { type: step.operation.type } : {}),
        ...(step.display.hidden ? { hidden: true } : {}),
        inputs: keysOf(step.operation.inputFields),
        outputs: keysOf(step.operation.outputFields),
      },
    ]),
  )
}

describe('app definition', () => {
  it("passes Zapier's schema validation with no errors", async () => {
    const output = await handler({ command: 'validate', calledFromCli: true })
    expect(output.results).toEqual([])
  })

  it('would report a step without a noun, so the clean result above is not vacuous', async () => {
    const { noun: _dropped, ...nameless } = App.creates.create_person
    const broken = { ...App, creates: { ...App.creates, create_person: nameless } }
    const brokenHandler = createAppHandler(broken)
    const output = await brokenHandler({ command: 'validate', calledFromCli: true })
    expect(JSON.stringify(output.results)).toContain('noun')
  })

  it('serializes to the definition Zapier stores, keyed as registered', async () => {
    const output = await handler({ command: 'definition', calledFromCli: true })
    const definition = output.results as {
      triggers: Record<string, unknown>
      creates: Record<string, unknown>
    }
    expect(Object.keys(definition.triggers)).toEqual(Object.keys(App.triggers))
    expect(Object.keys(definition.creates)).toEqual(Object.keys(App.creates))
    for (const group of [App.triggers, App.creates, App.searches, App.searchOrCreates] as Record<
      string,
      { key: string }
    >[]) {
      for (const [key, step] of Object.entries(group)) expect(step.key).toBe(key)
    }
  })

  it('keeps every key Zaps depend on (update the snapshot only for a deliberate breaking change)', () => {
    const contract = {
      authentication: keysOf(authentication.fields as Field[]),
      triggers: contractOf(App.triggers as unknown as Record<string, Step>),
      creates: contractOf(App.creates as unknown as Record<string, Step>),
      searches: contractOf(App.searches as unknown as Record<string, Step>),
      searchOrCreates: App.searchOrCreates,
    }
    expect(contract).toMatchSnapshot()
  })

  it('gives every visible step output fields and a sample, as Zapier requires of public apps', () => {
    const steps = [App.triggers, App.creates, App.searches].flatMap(
      (group) => Object.values(group) as unknown as Step[],
    )
    for (const step of steps.filter((candidate) => !candidate.display.hidden)) {
      const operation = step.operation as Operation & { sample?: Record<string, unknown> }
      expect(operation.outputFields?.length, step.key).toBeGreaterThan(0)
      expect(operation.sample, step.key).toBeTypeOf('object')
      expect(Object.keys(operation.sample ?? {}), step.key).toContain('id')
    }
  })

  it("describes every visible step in Zapier's style, in at most 200 characters", () => {
    const openings = [
      [App.triggers, /^Triggers when /],
      [App.creates, /^(Creates|Updates) /],
      [App.searches, /^Finds /],
    ] as const
    for (const [group, opening] of openings) {
      const steps = (
        Object.values(group) as unknown as (Step & { display: { description: string } })[]
      ).filter((step) => !step.display.hidden)
      for (const { key, display } of steps) {
        expect(display.description, key).toMatch(opening)
        expect(display.description.length, key).toBeLessThanOrEqual(200)
      }
    }
  })

  it('gives every input field help text, including the fields a record type adds', () => {
    const steps = [App.triggers, App.creates, App.searches].flatMap(
      (group) => Object.values(group) as unknown as Step[],
    )
    for (const step of steps) {
      const fields = (step.operation.inputFields ?? []).flatMap((field) =>
        typeof field !== 'function'
          ? [field]
          : ['person', 'company', 'opportunity'].flatMap((recordType) =>
              (field as (z: unknown, bundle: unknown) => Field[])({}, { inputData: { recordType } }),
            ),
      ) as { key: string; helpText?: string }[]
      for (const field of fields) expect(field.helpText, `${step.key}.${field.key}`).toBeTruthy()
    }
  })

  it('lets every record dropdown add a Find step for its object, so a Zap can look the record up', () => {
    const searchOf: Record<string, string> = {
      list_people: 'find_person.id',
      list_companies: 'find_company.id',
      list_opportunities: 'find_opportunity.id',
    }
    const fields = Object.values(App.creates).flatMap((step) => {
      const inputs = step.operation.inputFields as unknown as (Field & {
        dynamic?: string
        search?: string
      })[]
      return inputs.flatMap((field) => {
        if (typeof field !== 'function') return [{ step: step.key, ...field }]
        return ['person', 'company', 'opportunity'].flatMap((recordType) =>
          (field as (z: unknown, bundle: unknown) => { key: string; dynamic?: string; search?: string }[])(
            {},
            { inputData: { recordType } },
          ).map((dynamicField) => ({ step: step.key, ...dynamicField })),
        )
      })
    })
    const recordFields = fields.filter((field) => searchOf[field.dynamic?.split('.')[0] ?? ''])
    expect(recordFields.length).toBeGreaterThan(10)
    for (const field of recordFields) {
      expect(field.search, `${field.step}.${field.key}`).toBe(searchOf[field.dynamic?.split('.')[0] ?? ''])
    }
  })

  it('declares id and updatedAt together as the dedupe key of Updated Record', () => {
    expect(
      keysOf(App.triggers.updated_record.operation.outputFields as Field[]).filter((key) =>
        key.endsWith('*'),
      ),
    ).toEqual(['id*', 'updatedAt*'])
  })
})
