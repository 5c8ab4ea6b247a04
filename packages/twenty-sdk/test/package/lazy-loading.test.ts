// `import('twenty-sdk')` stays fast on a cold start because the heavy dependencies load with the first call
// that needs them (docs/benchmarks.md, cold import). These tests run the BUILT package in a fresh Node process
// with a module hook that records every package it resolves, so a static import that creeps back in fails here.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startSandbox } from '@twenty-sdk/sandbox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TwentyClient } from '../../src/index.js'

const packageDir = fileURLToPath(new URL('../../', import.meta.url))
const HEAVY = ['zod', 'ofetch', 'bottleneck', 'libphonenumber-js', 'undici'] as const

// Runs first in each process: a module hook (on loader thread) posts each bare specifier it resolves, so the
// script can ask which packages were loaded so far.
const recorder = `
import { register } from 'node:module'
const seen = new Set()
const { port1, port2 } = new MessageChannel()
port1.on('message', (name) => seen.add(name))
port1.unref()
register('data:text/javascript,' + encodeURIComponent(\`
let port
export function initialize(data) { port = data.port }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  if (!/^[./]|^node:|^file:|^data:/.test(specifier)) port.postMessage(specifier.split('/')[0])
  return result
}\`), { data: { port: port2 }, transferList: [port2] })
globalThis.loadedPackages = async () => {
  await new Promise((resolve) => setTimeout(resolve, 20))
  return [...seen].sort()
}
`

/** Runs `steps` (an ES module body) after the recorder, in the package directory; prints what it logs. */
async function runFresh(steps: string, env: Record<string, string> = {}): Promise<Record<string, string[]>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `${recorder}\nconst report = {}\n${steps}\nconsole.log(JSON.stringify(report))`,
    ],
    { cwd: packageDir, encoding: 'utf8', env: { ...process.env, ...env } },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1) as string)
}

const heavyOnly = (packages: string[]) =>
  packages.filter((name) => (HEAVY as readonly string[]).includes(name))

let sandbox: Awaited<ReturnType<typeof startSandbox>>

beforeAll(async () => {
  if (!existsSync(new URL('../../dist/index.js', import.meta.url))) {
    throw new Error('Build twenty-sdk first (pnpm build): this test runs the built package')
  }
  sandbox = await startSandbox({ port: 0, seed: false })
})

afterAll(async () => {
  await sandbox?.close()
})

describe('loading twenty-sdk lazily', () => {
  it('imports the main entry and creates a client without loading zod, ofetch, bottleneck or libphonenumber-js', async () => {
    const report = await runFresh(`
      const { TwentyClient, OPPORTUNITY_STAGES } = await import('twenty-sdk')
      new TwentyClient({ apiKey: 'key', baseUrl: 'http://127.0.0.1:9' })
      report.stages = [...OPPORTUNITY_STAGES]
      report.loaded = await loadedPackages()
    `)
    expect(report.stages).toContain('CUSTOMER')
    expect(heavyOnly(report.loaded as string[])).toEqual([])
  })

  it('loads the transport, the rate limiter and zod with the first request, and the request succeeds', async () => {
    const report = await runFresh(
      `
      const { TwentyClient } = await import('twenty-sdk')
      const twenty = new TwentyClient({ apiKey: process.env.KEY, baseUrl: process.env.URL })
      const person = await twenty.people.create({ name: { firstName: 'Lazy', lastName: 'Load' } })
      report.lastName = [person.name.lastName]
      report.loaded = await loadedPackages()
      await twenty.close()
    `,
      { KEY: sandbox.apiKey, URL: sandbox.url },
    )
    expect(report.lastName).toEqual(['Load'])
    expect(heavyOnly(report.loaded as string[])).toEqual(['bottleneck', 'ofetch', 'zod'])
  })

  it('reads and deletes a record by its id without loading zod', async () => {
    const seeded = await new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url }).people.create({
      name: { firstName: 'Only', lastName: 'Read' },
    })
    const report = await runFresh(
      `
      const { TwentyClient } = await import('twenty-sdk')
      const twenty = new TwentyClient({ apiKey: process.env.KEY, baseUrl: process.env.URL, rateLimit: false })
      const person = await twenty.people.get(process.env.ID)
      await twenty.people.delete(process.env.ID)
      report.lastName = [person.name.lastName]
      report.loaded = await loadedPackages()
      await twenty.close()
    `,
      { KEY: sandbox.apiKey, URL: sandbox.url, ID: seeded.id },
    )
    expect(report.lastName).toEqual(['Read'])
    expect(heavyOnly(report.loaded as string[])).toEqual(['ofetch', 'undici'])
  })

  it("sends a process's only request with Node's fetch, without loading undici for it", async () => {
    const seeded = await new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url }).people.create({
      name: { firstName: 'Single', lastName: 'Shot' },
    })
    const report = await runFresh(
      `
      const { TwentyClient } = await import('twenty-sdk')
      const twenty = new TwentyClient({ apiKey: process.env.KEY, baseUrl: process.env.URL, rateLimit: false })
      report.lastName = [(await twenty.people.get(process.env.ID)).name.lastName]
      report.loaded = await loadedPackages()
    `,
      { KEY: sandbox.apiKey, URL: sandbox.url, ID: seeded.id },
    )
    expect(report.lastName).toEqual(['Shot'])
    expect(heavyOnly(report.loaded as string[])).toEqual(['ofetch'])
  })

  it('refuses bad input with a typed error before loading the transport', async () => {
    const report = await runFresh(`
      const { TwentyClient, isTwentyValidationError } = await import('twenty-sdk')
      const twenty = new TwentyClient({ apiKey: 'key', baseUrl: 'http://127.0.0.1:9' })
      const error = await twenty.people.get('not-a-uuid').catch((caught) => caught)
      report.refused = [String(isTwentyValidationError(error))]
      report.loaded = await loadedPackages()
    `)
    expect(report.refused).toEqual(['true'])
    expect(heavyOnly(report.loaded as string[])).toEqual(['zod'])
  })

  it('loads libphonenumber-js only through twenty-sdk/mapping', async () => {
    const report = await runFresh(`
      const { toPhones } = await import('twenty-sdk/mapping')
      report.phone = [toPhones('0912 345 678', { defaultCountry: 'VN' }).primaryPhoneCallingCode]
      report.loaded = await loadedPackages()
    `)
    expect(report.phone).toEqual(['+84'])
    expect(heavyOnly(report.loaded as string[])).toContain('libphonenumber-js')
    expect(heavyOnly(report.loaded as string[])).not.toContain('ofetch')
  })

  it('closes a client that never sent without starting the rate limiter', async () => {
    const report = await runFresh(`
      const { TwentyClient } = await import('twenty-sdk')
      const twenty = new TwentyClient({ apiKey: 'key', baseUrl: 'http://127.0.0.1:9' })
      await twenty.close()
      report.loaded = await loadedPackages()
    `)
    expect(heavyOnly(report.loaded as string[])).toEqual([])
  })
})
