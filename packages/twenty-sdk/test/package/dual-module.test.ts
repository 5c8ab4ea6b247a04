// An app can load twenty-sdk twice in one process: with `import` (the ESM build) and, through a CommonJS
// dependency, with `require` (the CJS build). Each build has its own error classes, so these tests run the BUILT
// package in a fresh Node process, make each copy fail against the sandbox, and check the other copy's classes.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startSandbox } from '@twenty-sdk/sandbox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('../../', import.meta.url))

// Both copies side by side, each with a client on the sandbox; `failures(sdk)` collects one error per kind.
const prelude = `
import { createRequire } from 'node:module'
const esm = await import('twenty-sdk')
const esmMapping = await import('twenty-sdk/mapping')
const require = createRequire(process.cwd() + '/package.json')
const cjs = require('twenty-sdk')
const cjsMapping = require('twenty-sdk/mapping')
const client = (sdk) =>
  new sdk.TwentyClient({ apiKey: process.env.KEY, baseUrl: process.env.URL, retry: false, rateLimit: false })
const refused = (sdk) =>
  new sdk.TwentyClient({ apiKey: 'not-a-key', baseUrl: process.env.URL, retry: false, rateLimit: false })
const caught = (promise) => promise.then(() => undefined, (error) => error)
const failures = async (sdk, mapping) => ({
  notFound: await caught(client(sdk).people.get('00000000-0000-4000-8000-000000000000')),
  validation: await caught(client(sdk).people.get('not-a-uuid')),
  authentication: await caught(refused(sdk).people.list()),
  connection: await caught(new sdk.TwentyClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9', retry: false, rateLimit: false }).people.list()),
  mapping: (() => { try { mapping.toPhones('not a phone', { defaultCountry: 'VN' }) } catch (error) { return error } })(),
})
`

/** Runs `steps` after the prelude in a fresh Node process in the package directory; returns `report`. */
async function run(steps: string, env: Record<string, string>): Promise<Record<string, boolean>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `${prelude}\nconst report = {}\n${steps}\nconsole.log(JSON.stringify(report))`,
    ],
    { cwd: packageDir, encoding: 'utf8', env: { ...process.env, ...env } },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1) as string)
}

// For each failure, whether it is an instance of the matching classes of `sdk`.
const checks = `
const check = (errors, sdk, mapping) => ({
  notFound: errors.notFound instanceof sdk.TwentyNotFoundError && errors.notFound instanceof sdk.TwentyError,
  notFoundIsNotValidation: !(errors.notFound instanceof sdk.TwentyValidationError),
  validation: errors.validation instanceof sdk.TwentyValidationError,
  authentication: errors.authentication instanceof sdk.TwentyAuthenticationError,
  connection: errors.connection instanceof sdk.TwentyConnectionError,
  mapping: errors.mapping instanceof mapping.TwentyMappingError && errors.mapping instanceof sdk.TwentyValidationError,
  validationIsNotMapping: !(errors.validation instanceof mapping.TwentyMappingError),
  plainErrorIsNot: !(new Error('x') instanceof sdk.TwentyError),
  guards: sdk.isTwentyNotFoundError(errors.notFound) && sdk.isTwentyAuthenticationError(errors.authentication),
})
`

let sandbox: Awaited<ReturnType<typeof startSandbox>>

beforeAll(async () => {
  if (!existsSync(new URL('../../dist/index.cjs', import.meta.url))) {
    throw new Error('Build twenty-sdk first (pnpm build): this test runs the built package')
  }
  sandbox = await startSandbox({ port: 0, seed: false })
})

afterAll(async () => {
  await sandbox?.close()
})

const allTrue = {
  notFound: true,
  notFoundIsNotValidation: true,
  validation: true,
  authentication: true,
  connection: true,
  mapping: true,
  validationIsNotMapping: true,
  plainErrorIsNot: true,
  guards: true,
}

describe('errors when the ESM and CommonJS builds are both loaded', () => {
  it('makes errors thrown by the CommonJS build instanceof the ESM classes, each of its own kind only', async () => {
    const report = await run(
      `${checks}\nObject.assign(report, check(await failures(cjs, cjsMapping), esm, esmMapping))`,
      { KEY: sandbox.apiKey, URL: sandbox.url },
    )
    expect(report).toEqual(allTrue)
  })

  it('makes errors thrown by the ESM build instanceof the CommonJS classes, each of its own kind only', async () => {
    const report = await run(
      `${checks}\nObject.assign(report, check(await failures(esm, esmMapping), cjs, cjsMapping))`,
      { KEY: sandbox.apiKey, URL: sandbox.url },
    )
    expect(report).toEqual(allTrue)
  })
})

describe('error class names in both builds', () => {
  it('names every exported error class as it is exported, in the ESM and the CommonJS build', async () => {
    const report = await run(
      `const webhooksCjs = require('twenty-sdk/webhooks')
const webhooksEsm = await import('twenty-sdk/webhooks')
for (const [build, modules] of Object.entries({ esm: [esm, esmMapping, webhooksEsm], cjs: [cjs, cjsMapping, webhooksCjs] })) {
  for (const module of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function' && name.endsWith('Error')) report[build + ' ' + name] = value.name === name
    }
  }
}
const { inspect } = await import('node:util')
const error = await caught(client(cjs).people.get('not-a-uuid'))
report['cjs inspect'] = inspect(error).startsWith('TwentyValidationError: ')`,
      { KEY: sandbox.apiKey, URL: sandbox.url },
    )
    expect(Object.keys(report)).toContain('cjs TwentyValidationError')
    expect(Object.keys(report)).toContain('cjs RawBodyUnavailableError')
    expect(Object.entries(report).filter(([, named]) => !named)).toEqual([])
  })
})
