// A cautious workspace admin's review of `pnpm demo --url … --yes`: a separately started sandbox stands in for the
// real workspace, and its record events show every write the demo made, to its own records or to others'.
import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { Sandbox } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'
import { delaying, demoRun, interruptDemo, realWorkspace, summaryLine } from './helpers.js'

/**
 * Watches the workspace's record events from now on: `left` names what was created and not destroyed since (a
 * record soft-deleted into the trash counts as left, as it does in a real workspace), `foreign` every write to a
 * record that existed before.
 */
function watchWrites(sandbox: Sandbox): { left: () => string[]; foreign: string[] } {
  const created = new Set<string>()
  const foreign: string[] = []
  sandbox.store.events.on('record', ({ action, object, record }) => {
    const key = `${object.plural} ${record.id}`
    if (action === 'created') created.add(key)
    else if (!created.has(key)) foreign.push(`${action} ${key}`)
    if (action === 'destroyed') created.delete(key)
  })
  return { left: () => [...created], foreign }
}

/** Requests the workspace received, by method (refused keys never reach the interceptors, so none count). */
function countMethods(counts: Record<string, number>) {
  return async (request: { method: string }, next: () => Promise<unknown>) => {
    counts[request.method] = (counts[request.method] ?? 0) + 1
    return next() as never
  }
}

/**
 * A proxy in front of the sandbox whose OpenAPI document lists other pipeline stages than the standard ones: a
 * workspace that renamed or removed some (the sandbox can only add stages, and serves that document unintercepted).
 */
async function withStages(sandbox: Sandbox, stages: string[]): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const answer = await fetch(`${sandbox.url}${request.url}`, {
      method: request.method,
      headers: Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => !['host', 'content-length'].includes(name)),
      ) as Record<string, string>,
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    })
    let body = await answer.text()
    if (/\/open-api\/core$/.test(new URL(request.url ?? '/', 'http://proxy').pathname)) {
      const document = JSON.parse(body)
      document.components.schemas.Opportunity.properties.stage.enum = stages
      body = JSON.stringify(document)
    }
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

describe.concurrent('the demo on a real workspace, reviewed as its admin would', () => {
  it('on Ctrl-C while the Zapier app links its task, deletes the task target the app made too, leaving nothing', async () => {
    // The task target's create is in flight when the signal comes; the app finishes it, then the walk stops.
    const workspace = await realWorkspace(() => [
      delaying(800, (request) => request.method === 'POST' && request.path === '/rest/taskTargets'),
    ])
    const writes = watchWrites(workspace.sandbox)
    try {
      const run = await interruptDemo(workspace.args, workspace.env, ['Opportunity Won trigger'])

      expect(run.code).toBe(130)
      expect(run.stdout).toMatch(/deleting what the run left: .*1 taskTarget/)
      expect(writes.left()).toEqual([])
      expect(writes.foreign).toEqual([])
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)

  it('passes the Make and Zapier sections with a workspace URL that carries a password, never printing it', async () => {
    const workspace = await realWorkspace()
    const writes = watchWrites(workspace.sandbox)
    try {
      const url = workspace.sandbox.url.replace('http://', 'http://admin:proxy-pass-0123@')
      const run = await demoRun(['--url', url, '--yes'], workspace.env)

      expect(`${run.stdout}${run.stderr}`).not.toContain('proxy-pass-0123')
      expect(run.stdout).not.toContain('✗')
      expect(summaryLine(run.stdout)).toMatch(/^\d+ steps, all passed/)
      expect(run.code).toBe(0)
      expect(writes.left()).toEqual([])
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)

  it('refuses a key a header cannot carry (the README placeholder …) with a message and exit 2, sending nothing and printing no stack or key', async () => {
    const methods: Record<string, number> = {}
    const workspace = await realWorkspace(() => [countMethods(methods)])
    try {
      const key = 'eyJ-pasted-key-0123…'
      const run = await demoRun(workspace.args, { TWENTY_API_KEY: key })

      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(
        /The API key from TWENTY_API_KEY cannot be used: .*copy it again from Twenty/,
      )
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(`${run.stdout}${run.stderr}`).not.toContain('eyJ-pasted-key-0123')
      expect(methods).toEqual({})
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)

  it('on a workspace whose pipeline has no CUSTOMER stage, says so before writing anything and exits 1', async () => {
    const methods: Record<string, number> = {}
    const workspace = await realWorkspace(() => [countMethods(methods)])
    const proxy = await withStages(workspace.sandbox, ['LEAD', 'PROPOSAL', 'MEETING', 'WON', 'LOST'])
    try {
      const run = await demoRun(['--url', proxy.url, '--yes'], workspace.env)

      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(
        /✗ read the workspace's pipeline stages\s+this workspace's pipeline has no CUSTOMER stage \(its stages: LEAD → PROPOSAL → MEETING → WON → LOST\)/,
      )
      expect(run.stdout).toContain('nothing left: every step deleted the records it created')
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(Object.keys(methods).filter((method) => method !== 'GET')).toEqual([])
    } finally {
      proxy.server.closeAllConnections()
      await new Promise((resolve) => proxy.server.close(resolve))
      await workspace.sandbox.close()
    }
  }, 60_000)

  it('pages through at most 5 pages of a workspace with a thousand people, and writes to none of them', async () => {
    let people = 0
    const workspace = await realWorkspace(() => [
      async (request, next) => {
        if (request.method === 'GET' && request.path === '/rest/people') people++
        return next()
      },
    ])
    try {
      // A real workspace's contacts, some named and addressed like the demo's own.
      for (let batch = 0; batch < 5; batch++)
        await workspace.twenty.people.createMany(
          Array.from({ length: 200 }, (_, i) => ({
            name: { firstName: 'Linh', lastName: i < 20 ? 'Nguyen (twenty-sdk demo)' : `Nguyen ${i}` },
            emails: { primaryEmail: `linh.nguyen.${batch * 200 + i}@saigoncoffee.example` },
          })),
        )
      people = 0
      const writes = watchWrites(workspace.sandbox)
      const run = await demoRun(workspace.args, workspace.env)

      expect(run.stdout).toMatch(/✓ iterate over people, page by page\s+100 people in the first 5 pages/)
      // The 5 pages, the people import's look-up and the Make trigger's polls; not 53 pages.
      expect(people).toBeLessThan(12)
      expect(run.code).toBe(0)
      expect(writes.foreign).toEqual([])
      expect(writes.left()).toEqual([])
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)

  it('deletes a deal whose create was written but whose answer never came, and exits 1', async () => {
    // Twenty commits the deal, then the connection drops before the answer: the demo never sees its id.
    const workspace = await realWorkspace(() => [
      async (request, next) => {
        if (request.method !== 'POST' || request.path !== '/rest/opportunities') return next()
        await next()
        request.raw.socket.destroy()
        return undefined
      },
    ])
    const writes = watchWrites(workspace.sandbox)
    try {
      const run = await demoRun(workspace.args, workspace.env)

      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/✗ create a deal in VND micros\s+.*no answer/)
      expect(run.stdout).toMatch(/deleting what the run left: 1 company, 1 person, 1 opportunity/)
      expect(writes.left()).toEqual([])
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)

  it('fails the company import whose answers came back unreadable, and deletes the companies it wrote all the same', async () => {
    // Every batch of companies is written, then answered with half a body (the SDK resends it, as an upsert).
    const workspace = await realWorkspace(() => [
      async (request, next) => {
        const answer = await next()
        if (request.method !== 'POST' || request.path !== '/rest/batch/companies' || !answer) return answer
        const text = JSON.stringify(answer.body)
        return { ...answer, raw: text.slice(0, text.length / 2) }
      },
    ])
    const writes = watchWrites(workspace.sandbox)
    try {
      const run = await demoRun(workspace.args, workspace.env)

      expect(run.stdout).toMatch(
        /✗ import companies from 16 rows .*10 failed: 10 row\(s\) failed on the server's side, not for their data/,
      )
      expect(run.stdout).toMatch(/line 2: not imported, an unreadable answer \(201\), not the row: /)
      expect(run.stdout).toMatch(/✓ clean up the imported records\s+\d+ records destroyed/)
      expect(summaryLine(run.stdout)).toMatch(/1 failed \(import companies from 16 rows\)/)
      expect(run.code).toBe(1)
      expect(writes.left()).toEqual([])
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)

  it('when its output pipe closes (pnpm demo … | head), stops and still deletes what it created, exiting 141', async () => {
    const workspace = await realWorkspace()
    const writes = watchWrites(workspace.sandbox)
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...workspace.args], {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: { ...process.env, TWENTY_API_URL: '', ...workspace.env },
      })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8')
      })
      // `head -3`: reads until the demo made a record, then goes away.
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString('utf8').includes('✓ create a company')) child.stdout.destroy()
      })
      const code = await new Promise((resolve) => child.on('exit', resolve))

      expect(stderr).not.toContain('EPIPE')
      expect(code).toBe(141)
      expect(writes.left()).toEqual([])
    } finally {
      await workspace.sandbox.close()
    }
  }, 60_000)
})
