import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { type AddressInfo, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

/** Runs the command line with `args`; resolves with the variables it prints, or rejects with its output. */
async function startCli(args: string[]) {
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url))
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', ...args], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  })
  const env = new Promise<{ url: string; key: string }>((resolve, reject) => {
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk
      const url = /TWENTY_API_URL=(\S+)/.exec(output)?.[1]
      const key = /TWENTY_API_KEY=(\S+)/.exec(output)?.[1]
      if (url && key) resolve({ url, key })
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.once('exit', (code) => reject(new Error(`sandbox CLI exited with ${code}: ${output}`)))
  })
  return { env, stop: () => child.kill('SIGTERM') }
}

describe('command line', () => {
  it('prints TWENTY_API_URL and TWENTY_API_KEY lines that work', async () => {
    const cli = await startCli([])
    try {
      const env = await cli.env
      expect(env.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect((await listAll(env.url, env.key, 'companies')).length).toBeGreaterThan(0)
    } finally {
      cli.stop()
    }
  })

  it('adds the select options named with --select-option', async () => {
    const cli = await startCli(['--select-option', 'opportunity.stage=NEGOTIATION,WON'])
    try {
      const env = await cli.env
      const response = await fetch(`${env.url}/rest/opportunities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${env.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Won deal', stage: 'WON' }),
      })
      expect(response.status).toBe(201)
    } finally {
      cli.stop()
    }
  })

  it('exits with 2 and shows the usage for a --seed without a number, or not a number, and for unknown flags', async () => {
    await expect((await startCli(['--seed'])).env).rejects.toThrow(
      /exited with 2: .*--seed.*\n.*Usage: twenty-sandbox/s,
    )
    await expect((await startCli(['--seed', 'abc'])).env).rejects.toThrow(
      /exited with 2: --seed must be an integer, got abc\nUsage: twenty-sandbox/,
    )
    await expect((await startCli(['--sed', '7'])).env).rejects.toThrow(
      /exited with 2: .*--sed.*\nUsage: twenty-sandbox/s,
    )
  })

  it('prints the usage and exits with 0 for --help and -h, instead of refusing them as unknown flags', async () => {
    for (const flag of ['--help', '-h']) {
      await expect((await startCli([flag])).env).rejects.toThrow(
        /^sandbox CLI exited with 0: Usage: twenty-sandbox /,
      )
    }
  })

  it('exits with 2 and says how to choose another port when its port is taken', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = taken.address() as AddressInfo
      await expect((await startCli(['--port', String(port)])).env).rejects.toThrow(
        new RegExp(
          `exited with 2: .*EADDRINUSE.*\\nAnother program listens on 127\\.0\\.0\\.1:${port}: pass --port`,
          's',
        ),
      )
    } finally {
      taken.close()
    }
  })

  it('serves the custom objects of a --custom-objects file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sandbox-cli-')), 'objects.json')
    writeFileSync(file, JSON.stringify([{ singular: 'movie', plural: 'movies', fields: { title: 'TEXT' } }]))
    const cli = await startCli(['--empty', '--custom-objects', file])
    try {
      const env = await cli.env
      const response = await fetch(`${env.url}/rest/movies`, {
        method: 'POST',
        headers: { authorization: `Bearer ${env.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Heat' }),
      })
      expect((await response.json()).data.createMovie.title).toBe('Heat')
    } finally {
      cli.stop()
    }
  })

  it('exits with 2 and says why when the --custom-objects file is missing or not an array', async () => {
    await expect((await startCli(['--custom-objects', '/nonexistent.json'])).env).rejects.toThrow(
      /exited with 2: --custom-objects: cannot read \/nonexistent.json/,
    )
    const file = join(mkdtempSync(join(tmpdir(), 'sandbox-cli-')), 'objects.json')
    writeFileSync(file, JSON.stringify({ singular: 'movie' }))
    await expect((await startCli(['--custom-objects', file])).env).rejects.toThrow(/must hold a JSON array/)
  })

  it('emulates the July–August 2026 restore routes with --restore-routes prefix, and exits with 2 for an unknown release', async () => {
    const cli = await startCli(['--empty', '--restore-routes', 'prefix'])
    try {
      const env = await cli.env
      const response = await fetch(
        `${env.url}/rest/notes/restore?filter=id[eq]:2b7d4c1e-8f3a-4b6d-9e2f-1a5c7d9e0f12`,
        {
          method: 'PATCH',
          headers: { authorization: `Bearer ${env.key}` },
        },
      )
      expect((await response.json()).messages).toEqual(["'restore' is not a valid UUID"])
    } finally {
      cli.stop()
    }
    await expect((await startCli(['--restore-routes', 'new'])).env).rejects.toThrow(
      /exited with 2: restoreRoutes must be one of 'suffix', 'prefix', 'prefix-many-only', got "new"/,
    )
  })

  it('exits with 2 and says why when a select option is not one Twenty would accept', async () => {
    const cli = await startCli(['--select-option', 'opportunity.stage=Won'])
    await expect(cli.env).rejects.toThrow(/exited with 2: .*Value must be in UPPER_CASE/)
  })
})
