import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

describe('pnpm demo', () => {
  it('walks the whole product on the embedded sandbox, exits 0 and reports every step passed', async () => {
    const cwd = fileURLToPath(new URL('..', import.meta.url))
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd,
      env: { ...process.env, TWENTY_API_URL: '', TWENTY_API_KEY: '' },
      timeout: 60_000,
    })
    for (const section of [
      '1. The SDK',
      '2. Bulk import',
      '3. Webhooks',
      '4. The Zapier app',
      '5. The Make app',
    ]) {
      expect(stdout).toContain(section)
    }
    expect(stdout).toMatch(/400 signature_mismatch/)
    expect(stdout).toMatch(/signed delivery verified/)
    expect(stdout).toContain('NEW → SCREENING → MEETING → PROPOSAL → CUSTOMER → NEGOTIATION')
    expect(stdout).toMatch(/\d+ steps, all passed, in \d+\.\d s/)
  }, 90_000)

  it('refuses to write to a real workspace without --yes', async () => {
    const cwd = fileURLToPath(new URL('..', import.meta.url))
    const error = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', '--url', 'http://127.0.0.1:9', '--key', 'k'],
      { cwd },
    ).catch((e) => e)
    expect(error.code).toBe(2)
    expect(error.stderr).toMatch(/without --yes/)
  })
})
