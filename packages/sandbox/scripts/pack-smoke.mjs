// Installs the sandbox as someone outside this repository gets it: `pnpm pack` → a tarball → `npm install
// <tarball>` in an empty npm project in a temp dir. Then, on the Node running this script, it checks what the
// tarball holds, starts a sandbox from the package's entry (`startSandbox`) and from its command
// (`twenty-sandbox`, as `npx twenty-sandbox` runs it), reads a seeded person over HTTP from each, and type-checks
// a consumer with tsc.
// The sandbox depends only on libphonenumber-js; npm fetches it and @types/node for the consumer (from its cache
// when it can).
//
// Usage: node scripts/pack-smoke.mjs [--keep]   (--keep leaves the temp project for inspection)
import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { constants } from 'node:fs'
import { access, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { withPackedPackage } from '../../../scripts/packed-package.mjs'

const run = promisify(execFile)
const packageDir = fileURLToPath(new URL('..', import.meta.url))
const repoRequire = createRequire(join(packageDir, '..', '..', 'package.json'))
const tscBin = repoRequire.resolve('typescript/bin/tsc')
const typesNodeVersion = repoRequire('@types/node/package.json').version

/** The files the tarball holds, relative to its `package/` root. */
async function tarballFiles(tarball) {
  const { stdout } = await run('tar', ['-tzf', tarball])
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((entry) => entry.replace(/^package\//, ''))
}

/** Reads the first seeded person with the key the sandbox printed or returned; fails unless Twenty's envelope. */
async function firstPerson(url, apiKey) {
  const response = await fetch(`${url}/rest/people?limit=1`, {
    headers: { authorization: `Bearer ${apiKey}` },
  })
  const body = await response.json()
  const person = body?.data?.people?.[0]
  if (response.status !== 200 || typeof person?.id !== 'string') {
    throw new Error(`GET /rest/people answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`)
  }
  return person
}

/**
 * Starts the installed `twenty-sandbox` command with `--port 0`, reads the two variables it prints, reads a person,
 * then stops it. The linked file is run by this Node directly (a shell wrapper between would not pass SIGTERM on);
 * its shebang and mode are checked on their own.
 */
async function checkCommand(consumer) {
  const bin = join(consumer, 'node_modules', '.bin', 'twenty-sandbox')
  const script = await readFile(bin, 'utf8')
  if (!script.startsWith('#!/usr/bin/env node\n'))
    throw new Error(`${bin} does not start with a node shebang`)
  await access(bin, constants.X_OK)
  const child = spawn(process.execPath, [bin, '--port', '0'], {
    cwd: consumer,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = once(child, 'exit')
  try {
    const printed = {}
    for await (const line of createInterface({ input: child.stdout })) {
      const [name, value] = line.split('=')
      if (name === 'TWENTY_API_URL' || name === 'TWENTY_API_KEY') printed[name] = value
      if (printed.TWENTY_API_URL && printed.TWENTY_API_KEY) break
    }
    if (!printed.TWENTY_API_KEY) throw new Error('twenty-sandbox exited without printing TWENTY_API_KEY')
    await firstPerson(printed.TWENTY_API_URL, printed.TWENTY_API_KEY)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  child.kill('SIGTERM')
  const [code] = await exited
  if (code !== 0) throw new Error(`twenty-sandbox exited with ${code} on SIGTERM`)
}

const ENTRY_CHECK = `import { startSandbox } from '@twenty-sdk/sandbox'
const sandbox = await startSandbox({ port: 0, seed: 42 })
try {
  const response = await fetch(\`\${sandbox.url}/rest/people?limit=1\`, { headers: { authorization: \`Bearer \${sandbox.apiKey}\` } })
  const { data } = await response.json()
  if (response.status !== 200 || !data.people[0]?.id) throw new Error('the seeded sandbox answered ' + response.status)
} finally {
  await sandbox.close()
}
`
const TYPED_CONSUMER = `import { startSandbox, type Sandbox } from '@twenty-sdk/sandbox'
export async function withSandbox(use: (url: string, apiKey: string) => Promise<void>): Promise<void> {
  const sandbox: Sandbox = await startSandbox({ port: 0, seed: false })
  try {
    await use(sandbox.url, sandbox.apiKey)
  } finally {
    await sandbox.close()
  }
}
`

await withPackedPackage(packageDir, async ({ tarball, work }) => {
  const files = await tarballFiles(tarball)
  const stray = files.filter(
    (file) => !/^(dist\/|bin\/twenty-sandbox\.js$|package\.json$|README\.md$|LICENSE$)/.test(file),
  )
  const missing = [
    'bin/twenty-sandbox.js',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/cli.js',
    'README.md',
    'LICENSE',
  ].filter((file) => !files.includes(file))
  if (stray.length > 0 || missing.length > 0) {
    throw new Error(
      `the tarball holds ${stray.join(', ') || 'nothing stray'}; lacks ${missing.join(', ') || 'nothing'}`,
    )
  }
  console.log(
    `pack-smoke: the tarball holds bin/, dist/, README.md, LICENSE and package.json only (${files.length} files)`,
  )
  const consumer = join(work, 'consumer')
  await mkdir(consumer, { recursive: true })
  await writeFile(
    join(consumer, 'package.json'),
    '{ "name": "sandbox-consumer", "private": true, "type": "module" }\n',
  )
  await writeFile(join(consumer, 'entry.mjs'), ENTRY_CHECK)
  await writeFile(join(consumer, 'consumer.ts'), TYPED_CONSUMER)
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `@types/node@${typesNodeVersion}`],
    {
      cwd: consumer,
      env: { ...process.env, npm_config_workspaces: 'false' },
    },
  )
  await run(process.execPath, ['entry.mjs'], { cwd: consumer })
  console.log(
    `pack-smoke: startSandbox from the installed package answers GET /rest/people (Node ${process.version})`,
  )
  await checkCommand(consumer)
  console.log('pack-smoke: twenty-sandbox --port 0 prints its URL and key, answers, and stops on SIGTERM')
  await run(
    process.execPath,
    [
      tscBin,
      '--noEmit',
      '--strict',
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
      '--target',
      'ES2022',
      '--types',
      'node',
      'consumer.ts',
    ],
    { cwd: consumer },
  )
  console.log('pack-smoke: a TypeScript consumer type-checks against the installed declarations')
})
