import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Sandbox, startSandbox } from '@twenty-sdk/sandbox'
import { TwentyClient } from 'twenty-sdk'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFormEndpoint } from '../src/form-endpoint.js'
import { signTypeformPayload, TYPEFORM_SIGNATURE_HEADER } from '../src/typeform-signature.js'

const SECRET = 'typeform-test-secret'
let sandbox: Sandbox
let server: Server
let endpoint: string

beforeEach(async () => {
  sandbox = await startSandbox({ port: 0, seed: false })
  const twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url })
  server = createServer(createFormEndpoint({ twenty, secret: SECRET }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/typeform`
})

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve))
  await sandbox.close()
})

const fixture = (name: string) => readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')

function deliver(body: string, signature = signTypeformPayload(body, SECRET)) {
  return fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TYPEFORM_SIGNATURE_HEADER]: signature },
    body,
  })
}

describe('form-to-lead', () => {
  it('turns a signed Vietnamese submission into a person with a +84 phone and a linked follow-up task', async () => {
    const response = await deliver(await fixture('submission-vn.json'))

    expect(response.status).toBe(200)
    const [person] = sandbox.records('people')
    expect(person).toMatchObject({
      name: { firstName: 'Lan', lastName: 'Nguyễn Thị' },
      emails: { primaryEmail: 'lan.nguyen@example.com' },
      phones: {
        primaryPhoneNumber: '903123456',
        primaryPhoneCountryCode: 'VN',
        primaryPhoneCallingCode: '+84',
      },
      jobTitle: 'Head of Operations',
    })
    const [task] = sandbox.records('tasks')
    expect(task).toMatchObject({
      title: 'Follow up with Lan Nguyễn Thị',
      status: 'TODO',
      dueAt: '2025-06-11T03:21:45.000Z',
    })
    expect((task?.bodyV2 as { markdown?: string } | undefined)?.markdown).toContain(
      '**Company:** Saigon Coffee Roasters',
    )
    expect(sandbox.records('taskTargets')).toEqual([
      expect.objectContaining({ taskId: task?.id, personId: person?.id }),
    ])
  })

  it('stores a US submission with its +1 number alongside the first lead', async () => {
    await deliver(await fixture('submission-vn.json'))
    const response = await deliver(await fixture('submission-us.json'))

    expect(response.status).toBe(200)
    expect(sandbox.records('people').map((person) => person.phones)).toEqual([
      expect.objectContaining({ primaryPhoneCallingCode: '+84' }),
      expect.objectContaining({
        primaryPhoneNumber: '4155550132',
        primaryPhoneCountryCode: 'US',
        primaryPhoneCallingCode: '+1',
      }),
    ])
    expect(sandbox.records('tasks')).toHaveLength(2)
  })

  it('updates the same person and task when Typeform redelivers a submission, creating no duplicates', async () => {
    const body = await fixture('submission-vn.json')
    const first = await (await deliver(body)).json()
    const again = await (await deliver(body)).json()

    expect(again).toEqual(first)
    expect(sandbox.records('people')).toHaveLength(1)
    expect(sandbox.records('tasks')).toHaveLength(1)
    expect(sandbox.records('taskTargets')).toHaveLength(1)
  })

  it('says when a submission brings a person back from the trash, and links the task to that person', async () => {
    const twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url })
    const deleted = await twenty.people.create({
      name: { firstName: 'Emily', lastName: 'Carter' },
      emails: { primaryEmail: 'emily.carter@example.com' },
      jobTitle: 'Intern at a former employer',
    })
    await twenty.people.delete(deleted.id)

    const response = await deliver(await fixture('submission-us.json'))

    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ personId: deleted.id, restored: true })
    expect(sandbox.records('taskTargets')).toEqual([expect.objectContaining({ personId: deleted.id })])
    // The form does not ask the job title, so the stale one is back: the task tells whoever follows up.
    expect((sandbox.records('tasks')[0]?.bodyV2 as { markdown?: string } | undefined)?.markdown).toContain(
      'restored from the trash',
    )
  })

  it('answers 401 to a delivery signed with another secret and writes nothing', async () => {
    const body = await fixture('submission-vn.json')
    const response = await deliver(body, signTypeformPayload(body, 'someone-elses-secret'))

    expect(response.status).toBe(401)
    expect(sandbox.records('people')).toEqual([])
    expect(sandbox.records('tasks')).toEqual([])
  })

  it('answers 400, which Typeform does not retry, to an answer without its question ref, and writes nothing', async () => {
    const submission = JSON.parse(await fixture('submission-vn.json'))
    delete submission.form_response.answers[0].field
    const response = await deliver(JSON.stringify(submission))
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'not_a_form_response' })
    expect(sandbox.records('people')).toEqual([])
  })

  it('answers 422 to a submission without an email and writes nothing', async () => {
    const submission = JSON.parse(await fixture('submission-us.json'))
    submission.form_response.answers = submission.form_response.answers.filter(
      (answer: { type: string }) => answer.type !== 'email',
    )
    const response = await deliver(JSON.stringify(submission))

    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({ error: 'unusable_submission' })
    expect(sandbox.records('people')).toEqual([])
  })

  it('lists every option of a multi-select answer in the task body', async () => {
    const submission = JSON.parse(await fixture('submission-us.json'))
    submission.form_response.answers.push({
      type: 'choices',
      choices: { labels: ['Shopify orders', 'Invoices'], other: 'Zalo messages' },
      field: { id: 'q9Interests', type: 'multiple_choice', ref: 'interests' },
    })

    const response = await deliver(JSON.stringify(submission))

    expect(response.status).toBe(200)
    const markdown = (sandbox.records('tasks')[0]?.bodyV2 as { markdown?: string } | undefined)?.markdown
    expect(markdown).toContain('- **Interested in:** Shopify orders, Invoices, Zalo messages')
    expect(markdown).not.toContain('[object Object]')
  })

  it('stores a submission with an email but no name answers, keyed on the email and without a name', async () => {
    const submission = JSON.parse(await fixture('submission-us.json'))
    submission.form_response.answers = submission.form_response.answers.filter(
      (answer: { field: { ref: string } }) => !['first_name', 'last_name'].includes(answer.field.ref),
    )

    const response = await deliver(JSON.stringify(submission))

    expect(response.status).toBe(200)
    expect(sandbox.records('people')).toEqual([
      expect.objectContaining({
        name: { firstName: '', lastName: '' },
        emails: expect.objectContaining({ primaryEmail: 'emily.carter@example.com' }),
      }),
    ])
    expect(sandbox.records('tasks')).toEqual([
      expect.objectContaining({ title: 'Follow up with emily.carter@example.com' }),
    ])
  })

  it('keeps the stored name of a returning visitor who leaves the name questions blank', async () => {
    await deliver(await fixture('submission-us.json'))
    const again = JSON.parse(await fixture('submission-us.json'))
    again.form_response.token = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
    again.form_response.answers = again.form_response.answers.filter(
      (answer: { field: { ref: string } }) => !['first_name', 'last_name'].includes(answer.field.ref),
    )

    const response = await deliver(JSON.stringify(again))

    expect(response.status).toBe(200)
    expect(sandbox.records('people')).toEqual([
      expect.objectContaining({ name: { firstName: 'Emily', lastName: 'Carter' } }),
    ])
  })

  it('answers 422 naming submitted_at when it is not a date, and writes nothing', async () => {
    const submission = JSON.parse(await fixture('submission-us.json'))
    submission.form_response.submitted_at = 'yesterday'

    const response = await deliver(JSON.stringify(submission))

    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      error: 'unusable_submission',
      message: expect.stringMatching(/^submitted_at: "yesterday" is not a valid date/),
    })
    expect(sandbox.records('people')).toEqual([])
    expect(sandbox.records('tasks')).toEqual([])
  })
})
