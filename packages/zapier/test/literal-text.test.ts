import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { run, twentyOf, useSandbox } from './helpers/app-tester.js'

const sandbox = useSandbox()
const { creates, searches } = App

type Row = Record<string, unknown>

// Zapier core refuses any z.request() whose URL, headers or body contain `{{bundle.…}}` or `{{process.…}}`
// ("no longer supports {{bundle.*}}"), and this app's requests carry what Zap users typed or mapped.
describe('text a Zap user writes is sent as written', () => {
  it('creates a note whose body contains template braces, line breaks and emoji, unchanged', async () => {
    const company = await run<Row>(creates.create_company.operation.perform, sandbox(), {
      inputData: { name: 'Template Co' },
    })
    const body = 'Reply with:\nHi {{bundle.inputData.firstName}} ☕\n{{process.env.NAME}} — Cà phê sữa đá'
    const note = await run<Row>(creates.create_note.operation.perform, sandbox(), {
      inputData: { recordType: 'company', recordId: company.id, title: 'Email template {{bundle.x}}', body },
    })
    const stored = await twentyOf(sandbox()).notes.get(note.id as string)
    expect(stored).toMatchObject({ title: 'Email template {{bundle.x}}', bodyV2: { markdown: body } })
  })

  it('searches for an email containing braces without failing the step', async () => {
    await expect(
      run<Row[]>(searches.find_person.operation.perform, sandbox(), {
        inputData: { email: '{{bundle.authData.apiKey}}@example.com' },
      }),
    ).resolves.toEqual([])
  })
})
