// Installs the package as users get it: `pnpm pack` → a tarball → `npm install <tarball>` in an empty npm
// project in a temp dir, then, on the system Node 20 and on Node 22, imports it as ESM, requires it as CommonJS
// and type-checks a consumer of `twenty-sdk` and `twenty-sdk/webhooks` with tsc (NodeNext for .mts and .cts,
// Bundler resolution, and a Web-only consumer without @types/node). Nothing touches the network but npm
// fetching the package's own dependencies; the client calls go to an injected fetch.
//
// Usage: node scripts/pack-smoke.mjs [--keep]   (--keep leaves the temp project for inspection)
import { execFile, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { access, mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { withPackedPackage } from '../../../scripts/packed-package.mjs'

const run = promisify(execFile)
const packageDir = fileURLToPath(new URL('..', import.meta.url))
const repoRequire = createRequire(join(packageDir, '..', '..', 'package.json'))
const tscBin = repoRequire.resolve('typescript/bin/tsc')
const typesNodeVersion = repoRequire('@types/node/package.json').version

/** Node 20 from PATH outside node_modules (the system one) and Node 22 (the one pnpm scripts run on). */
function findNodes() {
  const candidates = [
    process.execPath,
    join(packageDir, '..', '..', 'node_modules', '.bin', 'node'),
    ...(process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, 'node')),
  ]
  const byMajor = new Map()
  // The first match wins: the running node and the repository's pinned one come before PATH.
  for (const candidate of candidates) {
    const major = existsSync(candidate) ? nodeVersion(candidate).match(/^v(\d+)\./)?.[1] : undefined
    const system = !candidate.includes('node_modules')
    if (major === '22' || (major === '20' && system)) {
      if (!byMajor.has(major)) byMajor.set(major, candidate)
    }
  }
  const missing = ['20', '22'].filter((major) => !byMajor.has(major))
  if (missing.length > 0) {
    console.error(
      `pack-smoke: no Node ${missing.join(' or ')} found (PATH and node_modules/.bin); both are required`,
    )
    process.exit(1)
  }
  return ['20', '22'].map((major) => [`Node ${nodeVersion(byMajor.get(major))}`, byMajor.get(major)])
}

function nodeVersion(binary) {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

function npm(cwd, args) {
  // A fresh npm project outside the workspace: the repository's .npmrc and pnpm settings do not apply.
  return run('npm', args, {
    cwd,
    maxBuffer: 1 << 24,
    env: { ...process.env, npm_config_workspaces: 'false' },
  })
}

async function step(label, node, args, cwd) {
  const started = performance.now()
  const { stdout } = await run(node, args, { cwd, maxBuffer: 1 << 24 })
  console.log(
    `pack-smoke: ${label}: ok (${Math.round(performance.now() - started)} ms)${stdout.trim() ? ` ${stdout.trim()}` : ''}`,
  )
}

/** The behaviour both module formats must show, with `load` being the format's own way to get the two entries. */
function runtimeChecks(load) {
  return `${load}
const assert = (ok, message) => { if (!ok) throw new Error(message) }
const person = { id: '0b8f3c2e-4d5a-4e6f-9a1b-2c3d4e5f6a7b', name: { firstName: 'Linh', lastName: 'Nguyen' } }
const responses = {
  [\`/rest/people/\${person.id}\`]: [200, { data: { person } }],
  '/rest/people/00000000-0000-4000-8000-000000000000': [404, { statusCode: 404, error: 'NotFoundException', messages: ['Record not found'] }],
}
const fetch = async (url) => {
  const [status, body] = responses[new URL(String(url)).pathname]
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}
const twenty = new sdk.TwentyClient({ apiKey: 'pack-smoke-key', baseUrl: 'https://crm.example.com', fetch, retry: false, rateLimit: false })
const run = async () => {
  const found = await twenty.people.get(person.id)
  assert(found.name.lastName === 'Nguyen', 'people.get did not unwrap the record')
  const missing = await twenty.people.get('00000000-0000-4000-8000-000000000000').catch((error) => error)
  assert(missing instanceof sdk.TwentyNotFoundError && missing.status === 404, 'a 404 is not a TwentyNotFoundError')
  const payload = JSON.stringify({ eventName: 'person.created', record: person })
  const headers = webhooks.signWebhook({ payload, secret: 'pack-smoke-secret' })
  assert(webhooks.verifyWebhook({ payload, headers, secret: 'pack-smoke-secret' }).record.id === person.id, 'verifyWebhook failed')
  const event = await webhooks.verifyWebhookAsync({ payload, headers, secret: 'pack-smoke-secret' })
  assert(event.record.id === person.id, 'verifyWebhookAsync failed')
  const forged = await webhooks.verifyWebhookAsync({ payload, headers, secret: 'another-secret' }).catch((error) => error)
  assert(forged instanceof webhooks.TwentyWebhookVerificationError && sdk.isTwentyError(forged), 'a forged delivery was not refused')
  const phones = mapping.toPhones('0912 345 678', { defaultCountry: 'VN' })
  assert(phones.primaryPhoneNumber === '912345678' && phones.primaryPhoneCallingCode === '+84', 'twenty-sdk/mapping toPhones failed')
  console.log('sdk ' + sdk.SDK_VERSION)
}
`
}

const typeChecks = `
const twenty = new TwentyClient({ apiKey: 'key', baseUrl: 'https://crm.example.com' })
export async function lastName(id: string): Promise<string> {
  const person = await twenty.people.get(id)
  return person.name?.lastName ?? ''
}
export function receive(payload: string, headers: Record<string, string>): string | undefined {
  const event = verifyWebhook({ payload, headers, secret: 'secret' })
  return isOpportunityWon(event) ? event.record.name : undefined
}
export const isMissing = (error: unknown): boolean => error instanceof TwentyNotFoundError
export const phones = (raw: string): string => toPhones(raw, { defaultCountry: 'VN' }).primaryPhoneNumber
export const ownStage: Parameters<typeof twenty.opportunities.list>[0] = { filter: { stage: { eq: 'NEGOTIATION' } } }
// @ts-expect-error: a stage is a string, so the published types must refuse a number
export const wrongStage: Parameters<typeof twenty.opportunities.list>[0] = { filter: { stage: { eq: 3 } } }
`
const esmTypes = `import { TwentyClient, TwentyNotFoundError } from 'twenty-sdk'\nimport { toPhones } from 'twenty-sdk/mapping'\nimport { isOpportunityWon, verifyWebhook } from 'twenty-sdk/webhooks'\n${typeChecks}`
const strict = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2023', 'DOM'] }

async function writeConsumer(dir) {
  await mkdir(dir, { recursive: true })
  const files = {
    'package.json': { name: 'pack-smoke-consumer', version: '0.0.0', private: true },
    'esm.mjs': `${runtimeChecks("const sdk = await import('twenty-sdk')\nconst webhooks = await import('twenty-sdk/webhooks')\nconst mapping = await import('twenty-sdk/mapping')")}await run()\n`,
    'cjs.cjs': `${runtimeChecks("const sdk = require('twenty-sdk')\nconst webhooks = require('twenty-sdk/webhooks')\nconst mapping = require('twenty-sdk/mapping')")}run().catch((error) => { console.error(error); process.exit(1) })\n`,
    'esm.mts': esmTypes,
    'cjs.cts': esmTypes,
    'bundler.ts': esmTypes,
    'web.ts': `import { isOpportunityWon, verifyWebhookAsync } from 'twenty-sdk/webhooks'
export async function handle(request: Request, secret: string): Promise<Response> {
  const event = await verifyWebhookAsync({ payload: await request.text(), headers: request.headers, secret })
  return new Response(isOpportunityWon(event) ? event.record.name : null, { status: 200 })
}
`,
    // NodeNext: .mts resolves the "import" conditions, .cts the "require" ones (dist/*.d.cts); every
    // declaration file the package ships (and what they import) is type-checked here.
    'tsconfig.json': {
      compilerOptions: { ...strict, module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'] },
      files: ['esm.mts', 'cjs.cts'],
    },
    // Declaration files are checked once, above; the other projects check resolution and the consumer's code.
    'tsconfig.bundler.json': {
      compilerOptions: {
        ...strict,
        skipLibCheck: true,
        module: 'ESNext',
        moduleResolution: 'Bundler',
        types: ['node'],
      },
      files: ['bundler.ts'],
    },
    // A Worker or Edge project: no Node types at all; libraries are not checked, as in such projects' defaults.
    'tsconfig.web.json': {
      compilerOptions: {
        ...strict,
        skipLibCheck: true,
        module: 'ESNext',
        moduleResolution: 'Bundler',
        types: [],
      },
      files: ['web.ts'],
    },
  }
  for (const [name, content] of Object.entries(files)) {
    await writeFile(
      join(dir, name),
      typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`,
    )
  }
}

const nodes = findNodes()
await withPackedPackage(packageDir, async ({ tarball, work }) => {
  const consumer = join(work, 'consumer')
  await writeConsumer(consumer)
  await npm(consumer, [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    tarball,
    `@types/node@${typesNodeVersion}`,
  ])
  // What a user finds next to the code, and what a licence check reads.
  for (const file of ['README.md', 'LICENSE', 'package.json']) {
    await access(join(consumer, 'node_modules', 'twenty-sdk', file))
  }
  console.log('pack-smoke: the tarball carries README.md, LICENSE and package.json')
  for (const [label, node] of nodes) {
    await step(`${label} ESM import`, node, ['esm.mjs'], consumer)
    await step(`${label} CJS require`, node, ['cjs.cjs'], consumer)
    for (const project of ['tsconfig.json', 'tsconfig.bundler.json', 'tsconfig.web.json']) {
      await step(`${label} tsc -p ${project}`, node, [tscBin, '-p', project], consumer)
    }
  }
  console.log(
    `pack-smoke: ${tarball.split('/').pop()} installs and works on ${nodes.map(([label]) => label).join(' and ')}`,
  )
})
