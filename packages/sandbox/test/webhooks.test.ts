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
    if (request.url === '/moved') return void response.writeHead(307, { Location: '/landed' }).end()
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
    expect(created).toMatchObject({ targetUrl: `${receiver}/crud`, operations: ['*.*'] })
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

  it('takes null operations as *.* and a null description as none, and clears a description patched to null', async () => {
    const created = await hook({ targetUrl: `${receiver}/nulls`, operations: null, description: null })
    expect(created).toMatchObject({ operations: ['*.*'], description: null })
    const described = await hook({ targetUrl: `${receiver}/nulls`, description: 'to clear' })
    const cleared = await ctx.api(`/rest/metadata/webhooks/${described.id}`, {
      method: 'PATCH',
      body: { description: null },
    })
    expect(cleared.status).toBe(200)
    expect(cleared.body.description).toBeNull()
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
    await hook({ targetUrl: `${receiver}/unsigned`, operations: ['note.created'], secret: '' })
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
      .filter((item) => JSON.parse(String(item.body)).eventName === 'task.updated')
      .map((item) => decodeURIComponent(item.path.slice(7)))
    expect(paths.sort()).toEqual(['*.*', '*.updated', 'task.*', 'task.updated'])
    expect(
      JSON.parse(String(inbox.find((item) => item.path === '/match/task.updated')?.body)).updatedFields,
    ).toEqual(['status'])
  })

  it('sends one eventDate for a whole batch, and a soft-deleted record with its deletedAt, as Twenty does', async () => {
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
    expect(deleted.record).toMatchObject({ id: batch[0].id, name: 'One', deletedAt: expect.any(String) })
    expect(deleted.updatedFields).toEqual(['deletedAt'])
  })

  it('sends a restored record with updatedFields ["deletedAt"]', async () => {
    await hook({ targetUrl: `${receiver}/restored`, operations: ['note.restored'] })
    const note = (await ctx.api('/rest/notes', { method: 'POST', body: { title: 'back' } })).body.data
      .createNote
    await ctx.api(`/rest/notes/${note.id}?soft_delete=true`, { method: 'DELETE' })
    await ctx.api(`/rest/notes/${note.id}/restore`, { method: 'PATCH' })
    await settle()
    const [restored] = from('/restored').map((item) => JSON.parse(String(item.body)))
    expect(restored).toMatchObject({ eventName: 'note.restored', record: { id: note.id, deletedAt: null } })
    expect(restored.updatedFields).toEqual(['deletedAt'])
  })

  it('fires upserted besides created and updated, so *.* gets two POSTs per write, as current Twenty does', async () => {
    await hook({ targetUrl: `${receiver}/upserted`, operations: ['*.upserted'] })
    await hook({ targetUrl: `${receiver}/all-tasks`, operations: ['task.*'] })
    const task = (await ctx.api('/rest/tasks', { method: 'POST', body: { title: 'twice' } })).body.data
      .createTask
    await ctx.api(`/rest/tasks/${task.id}`, { method: 'PATCH', body: { title: 'thrice' } })
    await settle()
    const upserts = from('/upserted').map((item) => JSON.parse(String(item.body)))
    expect(upserts.map((event) => event.eventName)).toEqual(['task.upserted', 'task.upserted'])
    expect(upserts[0].updatedFields).toEqual(expect.arrayContaining(['id', 'title']))
    expect(upserts[0].updatedFields).not.toContain('updatedAt')
    expect(upserts[1].updatedFields).toEqual(['title'])
    expect(from('/all-tasks').map((item) => JSON.parse(String(item.body)).eventName)).toEqual([
      'task.created',
      'task.upserted',
      'task.updated',
      'task.upserted',
    ])
  })

  it('sends no updated event for an update that changes nothing', async () => {
    await hook({ targetUrl: `${receiver}/noop`, operations: ['company.updated'] })
    const company = (await ctx.api('/rest/companies', { method: 'POST', body: { name: 'Same' } })).body.data
      .createCompany
    await ctx.api(`/rest/companies/${company.id}`, { method: 'PATCH', body: { name: 'Same' } })
    await settle()
    expect(from('/noop')).toHaveLength(0)
  })

  it('follows a redirect of the receiver, as Twenty’s axios does, and logs the final status', async () => {
    await hook({ targetUrl: `${receiver}/moved`, operations: ['person.destroyed'] })
    const person = (await ctx.api('/rest/people', { method: 'POST', body: { name: { firstName: 'Moved' } } }))
      .body.data.createPerson
    await ctx.api(`/rest/people/${person.id}`, { method: 'DELETE' })
    await settle()
    const [landed] = from('/landed')
    expect(JSON.parse(String(landed?.body))).toMatchObject({ eventName: 'person.destroyed' })
    expect(ctx.sandbox.webhooks.deliveries.find((item) => item.targetUrl.endsWith('/moved'))?.status).toBe(
      200,
    )
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
