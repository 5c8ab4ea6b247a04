import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startSandbox } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const exampleDir = fileURLToPath(new URL('..', import.meta.url))

describe('form-to-lead command line', () => {
  it('refuses a --port that is not a port number with the usage and exit code 2, without a stack trace', async () => {
    const { TWENTY_API_KEY: _key, TWENTY_API_URL: _url, ...env } = process.env

    const outcome = await run(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', '--listen', '--port', 'abc'],
      { cwd: exampleDir, env: { ...env, TYPEFORM_SECRET: 'typeform-test-secret' } },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    )

    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(/^--port must be a port number from 1 to 65535, not "abc"\nUsage: /)
    expect(outcome.stderr).not.toMatch(/\n\s+at /)
  }, 30_000)

  it('exits with 1 and names the reason when the replayed samples are not stored, as with a key Twenty refuses', async () => {
    const sandbox = await startSandbox({ port: 0, seed: false })
    try {
      const outcome = await run(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: exampleDir,
        env: { ...process.env, TWENTY_API_URL: sandbox.url, TWENTY_API_KEY: 'not-a-valid-key' },
      }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      )

      expect(outcome.code).toBe(1)
      expect(outcome.stderr).toMatch(/^submission-vn\.json: 502 crm_unavailable$/m)
      expect(outcome.stderr).not.toMatch(/not-a-valid-key/)
      expect(sandbox.records('people')).toEqual([])
    } finally {
      await sandbox.close()
    }
  }, 30_000)
})
