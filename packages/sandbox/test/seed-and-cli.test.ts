import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { startSandbox } from '../src/index.js'

const listAll = async (url: string, key: string, plural: string) => {
  const response = await fetch(`${url}/rest/${plural}?limit=200`, {
    headers: { authorization: `Bearer ${key}` },
  })
  return ((await response.json()) as { data: Record<string, Record<string, any>[]> }).data[plural] ?? []
}

describe('seeded workspace', () => {
  it('gives the same records for the same seed', async () => {
    const [a, b] = await Promise.all([startSandbox({ seed: 7 }), startSandbox({ seed: 7 })])
    try {
      const [left, right] = await Promise.all([
        listAll(a.url, a.apiKey, 'people'),
        listAll(b.url, b.apiKey, 'people'),
      ])
      expect(left.map((p) => [p.id, p.emails.primaryEmail])).toEqual(
        right.map((p) => [p.id, p.emails.primaryEmail]),
      )
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })

  it('has +84 and +1 phones, every opportunity stage with amounts in micros, and linked tasks and notes', async () => {
    const sandbox = await startSandbox({ seed: true })
    try {
      const people = await listAll(sandbox.url, sandbox.apiKey, 'people')
      expect(new Set(people.map((p) => p.phones.primaryPhoneCallingCode))).toEqual(new Set(['+84', '+1']))
      const deals = await listAll(sandbox.url, sandbox.apiKey, 'opportunities')
      expect(new Set(deals.map((d) => d.stage))).toEqual(
        new Set(['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER']),
      )
      expect(
        deals.every((d) => Number.isInteger(d.amount.amountMicros) && d.amount.amountMicros >= 1_000_000),
      ).toBe(true)
      expect(new Set(deals.map((d) => d.amount.currencyCode))).toEqual(new Set(['VND', 'USD', 'EUR']))
      expect((await listAll(sandbox.url, sandbox.apiKey, 'taskTargets')).length).toBe(sandbox.seeded?.tasks)
      expect((await listAll(sandbox.url, sandbox.apiKey, 'noteTargets')).length).toBe(
        2 * (sandbox.seeded?.notes ?? 0),
      )
    } finally {
      await sandbox.close()
    }
  })
})

describe('command line', () => {
  it('prints TWENTY_API_URL and TWENTY_API_KEY lines that work', async () => {
    const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url))
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    })
    try {
      const env = await new Promise<Record<string, string>>((resolve, reject) => {
        let output = ''
        child.stdout.on('data', (chunk) => {
          output += chunk
          const url = /TWENTY_API_URL=(\S+)/.exec(output)?.[1]
          const key = /TWENTY_API_KEY=(\S+)/.exec(output)?.[1]
          if (url && key) resolve({ url, key })
        })
        child.once('exit', (code) => reject(new Error(`sandbox CLI exited with ${code}: ${output}`)))
      })
      expect(env.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect((await listAll(env.url as string, env.key as string, 'companies')).length).toBeGreaterThan(0)
    } finally {
      child.kill('SIGTERM')
    }
  })
})
