import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { type Sandbox, startSandbox } from '@twenty-sdk/sandbox'
import { TwentyClient } from 'twenty-sdk'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

const exampleDir = fileURLToPath(new URL('..', import.meta.url))
let sandbox: Sandbox
let receiver: ChildProcess | undefined

beforeEach(async () => {
  sandbox = await startSandbox({ port: 0, seed: false })
})

afterEach(async () => {
  receiver?.kill('SIGKILL')
  await sandbox.close()
})

/** Runs src/main.ts against the sandbox as against a workspace, and resolves once it listens. */
async function startReceiver(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: exampleDir,
    env: {
      ...process.env,
      TWENTY_API_URL: sandbox.url,
      TWENTY_API_KEY: sandbox.apiKey,
      PUBLIC_URL: 'https://invoices.example.com',
      PORT: '0',
    },
  })
  let stdout = ''
  child.stdout.setEncoding('utf8')
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
      if (stdout.includes('Listening on')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`exited with ${code} before listening: ${stdout}`)))
  })
  return child
}

describe('deal-won-invoice against a workspace', () => {
  it('deletes its webhook when stopped with SIGTERM, as a service manager or docker stop does', async () => {
    const twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url })
    receiver = await startReceiver()
    expect(await twenty.webhooks.list()).toHaveLength(1)

    receiver.kill('SIGTERM')
    await once(receiver, 'exit')

    expect(await twenty.webhooks.list()).toEqual([])
  }, 30_000)

  it('refuses a PORT that is not a port number with exit code 2, without a stack trace or a webhook', async () => {
    const twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url })
    const env = {
      ...process.env,
      TWENTY_API_URL: sandbox.url,
      TWENTY_API_KEY: sandbox.apiKey,
      PUBLIC_URL: 'https://invoices.example.com',
      PORT: '3oo2',
    }

    const outcome = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: exampleDir,
      env,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    )

    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(/^PORT must be a port number from 0 to 65535, not "3oo2"$/m)
    expect(outcome.stderr).not.toMatch(/\n\s+at /)
    expect(await twenty.webhooks.list()).toEqual([])
  }, 30_000)
})
