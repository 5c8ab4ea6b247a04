// Runs the BUILT package on the system Node 20 (not the Node 22 that pnpm scripts run on): imports it as ESM and
// with require(), and makes one real request against a sandbox, proving the published build works on Node 20.
import { execFile, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startSandbox } from '@twenty-sdk/sandbox'

const node20 = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((dir) => dir && !dir.includes('node_modules'))
  .map((dir) => join(dir, 'node'))
  .find((candidate) => existsSync(candidate) && version(candidate).startsWith('v20.'))

function version(binary) {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

if (!node20) {
  console.error(
    'smoke-node20: no Node 20 binary on PATH outside node_modules; install Node 20 to run this check',
  )
  process.exit(1)
}

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const sandbox = await startSandbox({ port: 0, seed: false })
const script = (kind) => `
  ${kind === 'esm' ? "const { TwentyClient, TwentyValidationError } = await import('twenty-sdk'); const { verifyWebhook, signWebhook } = await import('twenty-sdk/webhooks'); const { toPhones } = await import('twenty-sdk/mapping');" : "const { TwentyClient, TwentyValidationError } = require('twenty-sdk'); const { verifyWebhook, signWebhook } = require('twenty-sdk/webhooks'); const { toPhones } = require('twenty-sdk/mapping');"}
  const twenty = new TwentyClient({ apiKey: process.env.KEY, baseUrl: process.env.URL })
  const person = await twenty.people.create({ name: { firstName: 'Node', lastName: '${kind}' }, phones: toPhones('0912 345 678', { defaultCountry: 'VN' }) })
  if (person.phones.primaryPhoneCallingCode !== '+84') throw new Error('twenty-sdk/mapping did not map the phone')
  const again = await twenty.people.get(person.id)
  if (again.name.lastName !== '${kind}') throw new Error('round trip failed')
  const payload = JSON.stringify({ eventName: 'person.created', record: again })
  verifyWebhook({ payload, headers: signWebhook({ payload, secret: 's3cret-value' }), secret: 's3cret-value' })
  console.log('${kind}: ok on ' + process.version)
`
try {
  for (const kind of ['esm', 'cjs']) {
    const source =
      kind === 'esm'
        ? script(kind)
        : `(async () => { ${script(kind)} })().catch((e) => { console.error(e); process.exit(1) })`
    // Asynchronous on purpose: the sandbox answers from this process's event loop.
    const { stdout: output } = await promisify(execFile)(
      node20,
      kind === 'esm' ? ['--input-type=module', '-e', source] : ['-e', source],
      {
        cwd: packageDir,
        encoding: 'utf8',
        env: { ...process.env, KEY: sandbox.apiKey, URL: sandbox.url },
      },
    )
    process.stdout.write(`smoke-node20 ${output}`)
  }
} finally {
  await sandbox.close()
}
