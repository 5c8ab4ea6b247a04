import { createHmac } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useSandbox } from './helpers.js'

const ctx = useSandbox({ webhookTimeoutMs: 300 })
const inbox: { body: Buffer; headers: IncomingHttpHeaders; path: string }[] = []
let receiver = ''
const server = createServer((request, response) => {
  const chunks: Buffer[] = []
  request.on('data', (chunk) => chunks.push(chunk))
  request.on('end', () => {
    inbox.push({ body: Buffer.concat(chunks), headers: request.headers, path: request.url ?? '' })
    if (request.url === '/slow') return // never answers: the sandbox must give up
    response.writeHead(200).end('ok')
  })
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  receiver = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const hook = async (body: Record<string, unknown>) =>
  (await ctx.api('/rest/metadata/webhooks', { method: 'POST', body })).body
const settle = async () => ctx.sandbox.webhooks.idle()
const from = (path: string) => inbox.filter((item) => item.path === path)

describe('webhook CRUD like Twenty’s metadata API', () => {
  it('answers bare entities, operations default to *.*, and delete answers a boolean', async () => {
    const created = await hook({ targetUrl: `${receiver}/crud` })
    expect(created).toMatchObject({ targetUrl: `${receiver}/crud`, operations: ['*.*'], secret: '' })
    expect((await ctx.api(`/rest/metadata/webhooks/${created.id}`)).body.id).toBe(created.id)
    expect((await ctx.api(`/rest/metadata/webhooks/${created.id}`, { method: 'DELETE' })).body).toBe(true)
    expect((await ctx.api(`/rest/metadata/webhooks/${created.id}`)).body).toBeNull()
  })

  it('refuses a target that is not http or https', async () => {
    const answer = await ctx.api('/rest/metadata/webhooks', {
      method: 'POST',
      body: { targetUrl: 'ftp://example.com' },
    })
    expect(answer.status).toBe(400)
    expect(answer.body.code).toBe('INVALID_TARGET_URL')
    expect(answer.body.messages).toEqual(['Invalid target URL provided'])
  })

  it('stores the target URL as new URL() prints it, on create and on update', async () => {
    const created = await hook({ targetUrl: 'HTTPS://Hooks.Example.COM' })
    expect(created.targetUrl).toBe('https://hooks.example.com/')
    const updated = await ctx.api(`/rest/metadata/webhooks/${created.id}`, {
      method: 'PATCH',
      body: { targetUrl: 'http://Example.com:80/in' },
    })
    expect(updated.body.targetUrl).toBe('http://example.com/in')
  })

  it('answers 200 null when updating a webhook that does not exist', async () => {
    const answer = await ctx.api('/rest/metadata/webhooks/8a0e7f1c-0d2e-4b8e-9a51-1f2d3c4b5a69', {
      method: 'PATCH',
      body: { description: 'nobody' },
    })
    expect(answer.status).toBe(200)
    expect(answer.body).toBeNull()
  })

  it('stores operations as given, an empty list or one naming no event included, as Twenty does', async () => {
    expect((await hook({ targetUrl: `${receiver}/none`, operations: [] })).operations).toEqual([])
    expect((await hook({ targetUrl: `${receiver}/none`, operations: ['person'] })).operations).toEqual([
      'person',
    ])
  })
})

describe('signed delivery', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the title names the signed format, not a template
  it('signs hex HMAC-SHA256 of `${timestampMs}:${rawBody}`, recomputed here with node:crypto', async () => {
    const { id } = await hook({
      targetUrl: `${receiver}/signed`,
      operations: ['person.created'],
      secret: 'whsec-test-0123456789',
    })
    const person = (
      await ctx.api('/rest/people', { method: 'POST', body: { name: { firstName: 'Signed' } } })
    ).body.data.createPerson
    await settle()
    const [delivery] = from('/signed')
    const timestamp = delivery?.headers['x-twenty-webhook-timestamp'] as string
    expect(timestamp).toMatch(/^\d{13}$/)
    const expected = createHmac('sha256', 'whsec-test-0123456789')
      .update(`${timestamp}:`)
      .update(delivery?.body as Buffer)
      .digest('hex')
    expect(delivery?.headers['x-twenty-webhook-signature']).toBe(expected)
    expect(delivery?.headers['x-twenty-webhook-nonce']).toMatch(/^[0-9a-f]{32}$/)
    const payload = JSON.parse(String(delivery?.body))
    expect(Object.keys(payload)).toEqual([
      'targetUrl',
      'eventName',
      'objectMetadata',
      'workspaceId',
      'webhookId',
      'eventDate',
      'record',
    ])
    expect(payload).toMatchObject({
      eventName: 'person.created',
      webhookId: id,
      objectMetadata: { nameSingular: 'person' },
      record: { id: person.id },
    })
  })

  it('sends unsigned deliveries when the secret is empty, as Twenty does', async () => {
    await hook({ targetUrl: `${receiver}/unsigned`, operations: ['note.created'] })
    await ctx.api('/rest/notes', { method: 'POST', body: { title: 'unsigned' } })
    await settle()
    expect(from('/unsigned')[0]?.headers['x-twenty-webhook-signature']).toBeUndefined()
  })

  it('matches object.action, *.action, object.* and *.* and nothing else', async () => {
    for (const operation of ['task.updated', '*.updated', 'task.*', '*.*', 'company.updated', '*.created']) {
      await hook({ targetUrl: `${receiver}/match/${operation}`, operations: [operation] })
    }
    const task = (await ctx.api('/rest/tasks', { method: 'POST', body: { title: 'match' } })).body.data
      .createTask
    await settle()
    inbox.length = 0
    await ctx.api(`/rest/tasks/${task.id}`, { method: 'PATCH', body: { status: 'DONE' } })
    await settle()
    const paths = inbox
      .filter((item) => item.path.startsWith('/match/'))
      .map((item) => decodeURIComponent(item.path.slice(7)))
    expect(paths.sort()).toEqual(['*.*', '*.updated', 'task.*', 'task.updated'])
    expect(
      JSON.parse(String(inbox.find((item) => item.path === '/match/task.updated')?.body)).updatedFields,
    ).toEqual(['status'])
  })

  it('sends the state before the change for deletes, and one eventDate for a whole batch', async () => {
    await hook({ targetUrl: `${receiver}/companies`, operations: ['company.*'] })
    const batch = (
      await ctx.api('/rest/batch/companies', { method: 'POST', body: [{ name: 'One' }, { name: 'Two' }] })
    ).body.data.createCompanies
    await ctx.api(`/rest/companies/${batch[0].id}?soft_delete=true`, { method: 'DELETE' })
    await settle()
    const events = from('/companies').map((item) => JSON.parse(String(item.body)))
    const created = events.filter((event) => event.eventName === 'company.created')
    expect(new Set(created.map((event) => event.eventDate)).size).toBe(1)
    const deleted = events.find((event) => event.eventName === 'company.deleted')
    expect(deleted.record).toMatchObject({ id: batch[0].id, name: 'One', deletedAt: null })
  })

  it('gives up on a receiver that does not answer in time, logs it, and does not retry', async () => {
    await hook({ targetUrl: `${receiver}/slow`, operations: ['opportunity.created'] })
    await ctx.api('/rest/opportunities', { method: 'POST', body: { name: 'Slow' } })
    await settle()
    const attempts = ctx.sandbox.webhooks.deliveries.filter((delivery) =>
      delivery.targetUrl.endsWith('/slow'),
    )
    expect(attempts).toHaveLength(1)
    expect(attempts[0]).toMatchObject({ status: null, error: 'timed out after 300 ms' })
  })
})
