// A TypeScript project with `"module": "commonjs"` and no `moduleResolution` resolves packages the node10 way,
// which reads `types` and `typesVersions` but never `exports`. These tests type-check such a consumer against
// the BUILT package (linked into a temp project's node_modules, as an install would place it), so every entry
// the README names must resolve there too, not only under node16 and bundler.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('../../', import.meta.url))
const packageRequire = createRequire(join(packageDir, 'package.json'))
const tsc = packageRequire.resolve('typescript/bin/tsc')
// Where the repository's @types/node lives (hoisted to the root), so the temp project sees Node's types.
const typeRoots = dirname(dirname(packageRequire.resolve('@types/node/package.json')))

const consumer = `
import { TwentyClient, TwentyNotFoundError, type Person } from 'twenty-sdk'
import { verifyWebhook, type TwentyWebhookEvent } from 'twenty-sdk/webhooks'
import { toPhones, type PhonesValue } from 'twenty-sdk/mapping'

export const twenty = new TwentyClient({ apiKey: 'key', baseUrl: 'https://crm.example.com' })
export const lastName = (person: Person): string => person.name?.lastName ?? ''
export const isMissing = (error: unknown): boolean => error instanceof TwentyNotFoundError
export const eventName = (payload: string, headers: Record<string, string>): TwentyWebhookEvent['eventName'] =>
  verifyWebhook({ payload, headers, secret: 'secret' }).eventName
export const phones = (raw: string): PhonesValue => toPhones(raw, { defaultCountry: 'VN' })
`

let project: string

beforeAll(async () => {
  if (!existsSync(new URL('../../dist/index.d.ts', import.meta.url))) {
    throw new Error('Build twenty-sdk first (pnpm build): this test type-checks the built package')
  }
  project = await mkdtemp(join(tmpdir(), 'twenty-sdk-node10-'))
  await mkdir(join(project, 'node_modules'))
  await symlink(packageDir, join(project, 'node_modules', 'twenty-sdk'), 'dir')
  await writeFile(join(project, 'package.json'), '{ "name": "node10-consumer", "private": true }\n')
  await writeFile(join(project, 'index.ts'), consumer)
})

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true })
})

/** tsc's diagnostics for the consumer under `options`; empty when it type-checks. */
async function typeCheck(options: string[]): Promise<string> {
  const result = await promisify(execFile)(
    process.execPath,
    [
      tsc,
      '--noEmit',
      '--strict',
      '--target',
      'ES2022',
      '--typeRoots',
      typeRoots,
      '--types',
      'node',
      ...options,
      'index.ts',
    ],
    { cwd: project, encoding: 'utf8' },
  ).catch((error: { stdout: string }) => ({ stdout: error.stdout }))
  return result.stdout.trim()
}

describe('types for a CommonJS TypeScript project on node10 resolution', () => {
  it('resolves twenty-sdk, twenty-sdk/webhooks and twenty-sdk/mapping under module commonjs', async () => {
    expect(await typeCheck(['--module', 'commonjs', '--esModuleInterop'])).toBe('')
  }, 60_000)

  it('resolves the same entries under node16, so typesVersions does not shadow the exports map', async () => {
    expect(await typeCheck(['--module', 'node16', '--moduleResolution', 'node16'])).toBe('')
  }, 60_000)
})
