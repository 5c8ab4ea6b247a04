import { startSandbox } from '@twenty-sdk/sandbox'
import { TwentyClient } from 'twenty-sdk'
import { describe, expect, it } from 'vitest'
import { demo, demoRun, snapshot } from './helpers.js'

/** The ✓ lines the report printed, and the count its summary gives. */
function tally(stdout: string): { checks: number; counted: number } {
  const counted = stdout.match(/(\d+) steps, all passed, in \d+\.\d s/)?.[1]
  return { checks: stdout.split('\n').filter((line) => /^\s+✓ /.test(line)).length, counted: Number(counted) }
}

describe('pnpm demo', () => {
  it('walks the whole product on the embedded sandbox, exits 0 and counts every ✓ line as a passed step', async () => {
    const { stdout } = await demo([])
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
    expect(stdout).toMatch(/10 created, 0 updated, 6 rows skipped as duplicates \(same domain\), 0 failed/)
    const { checks, counted } = tally(stdout)
    expect(checks).toBe(32)
    expect(counted).toBe(checks)
    expect(stdout).toMatch(/1 deal\(s\) moved: Wholesale contract \(twenty-sdk demo\) → MEETING/)
    expect(stdout).toMatch(/kept the person; additional emails: linh\.nguyen\.\d+@saigoncoffee\.example/)
    expect(stdout).toContain('nothing left: every step deleted the records it created')
    expect(stdout).not.toContain('skipped:')
  }, 90_000)

  it('cleans up the imported records inside the import section, before the webhooks one', async () => {
    const { stdout } = await demo([])
    const cleanUp = stdout.indexOf('✓ clean up the imported records')
    expect(cleanUp).toBeGreaterThan(stdout.indexOf('2. Bulk import'))
    expect(cleanUp).toBeLessThan(stdout.indexOf('3. Webhooks'))
  }, 90_000)

  it('writes no escape codes to a pipe and prints each import bar once, complete, as a log line', async () => {
    const { stdout } = await demo([])
    expect(stdout).not.toContain('\u001b')
    expect(stdout).not.toContain('\r')
    expect(stdout).toMatch(/\n {4}companies +\[#{24}\] 16\/16 \d+ rows\/s\n {2}✓ import companies/)
    expect(stdout).toMatch(/\n {4}people +\[#{24}\] 16\/16 \d+ rows\/s\n {2}✓ import people/)
  }, 90_000)

  it('answers --help with the usage and exit 0, and a mistyped flag, a missing value or a URL without a scheme with the usage and exit 2, never a stack trace', async () => {
    const help = await demoRun(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: npx -y pnpm@10 demo/)
    for (const [args, message] of [
      [['--ys'], "Unknown option '--ys'"],
      [['--url'], "Option '--url <value>' argument missing"],
      [
        ['--url', 'crm.example.com', '--yes'],
        'The workspace URL "crm.example.com" (from the --url flag) is not an http(s) URL',
      ],
    ] as const) {
      const run = await demoRun([...args], { TWENTY_API_KEY: 'k' })
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(message)
      expect(run.stderr).toContain('Usage: npx -y pnpm@10 demo')
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(run.stdout).toBe('')
    }
  }, 60_000)

  it('refuses to write to a real workspace without --yes, naming the --url flag and the way back to the sandbox', async () => {
    const error = await demo(['--url', 'http://127.0.0.1:9', '--key', 'k']).catch((e) => e)
    expect(error.code).toBe(2)
    expect(error.stderr).toMatch(
      /Refusing to write to http:\/\/127\.0\.0\.1:9 \(from the --url flag\) without --yes/,
    )
    expect(error.stderr).toMatch(/To run on the embedded sandbox instead, leave out --url and --key\./)
  })

  it('never prints the password or query token of a workspace URL, in the refusal or in a rejected URL', async () => {
    const refused = await demo([
      '--url',
      'http://admin:proxy-pass-0123@127.0.0.1:9/?token=query-token-0123',
      '--key',
      'k',
    ]).catch((e) => e)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/Refusing to write to http:\/\/127\.0\.0\.1:9\/ \(from the --url flag\)/)
    const rejected = await demo(['--url', 'ftp://admin:proxy-pass-0123@127.0.0.1/']).catch((e) => e)
    expect(rejected.code).toBe(2)
    for (const output of [refused.stderr, refused.stdout, rejected.stderr, rejected.stdout]) {
      expect(output).not.toMatch(/proxy-pass-0123|query-token-0123/)
    }
  })

  it('never prints the password or query token of a workspace URL written without its scheme', async () => {
    for (const url of [
      'admin:proxy-pass-0123@crm.example.com/?token=query-token-0123',
      'crm.example.com/rest?token=query-token-0123',
    ]) {
      const run = await demoRun(['--url', url, '--key', 'k'])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(
        /The workspace URL "crm\.example\.com\/(rest)?" \(from the --url flag\) is not an http\(s\) URL/,
      )
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/proxy-pass-0123|query-token-0123/)
    }
  })

  it('refuses without --yes when TWENTY_API_URL and TWENTY_API_KEY are exported, saying to unset them', async () => {
    const error = await demo([], { TWENTY_API_URL: 'http://127.0.0.1:9', TWENTY_API_KEY: 'k' }).catch(
      (e) => e,
    )
    expect(error.code).toBe(2)
    expect(error.stderr).toMatch(/\(from the TWENTY_API_URL variable\) without --yes/)
    expect(error.stderr).toMatch(
      /To run on the embedded sandbox instead, unset TWENTY_API_URL and TWENTY_API_KEY\./,
    )
    expect(error.stderr).not.toMatch(/--key/)
  })

  it('refuses half a target, a URL without a key or a key without a URL, instead of falling back to the sandbox', async () => {
    const noKey = await demo([], { TWENTY_API_URL: 'http://127.0.0.1:9' }).catch((e) => e)
    expect(noKey.code).toBe(2)
    expect(noKey.stderr).toMatch(/A workspace URL \(from the TWENTY_API_URL variable\) but no API key/)
    expect(noKey.stderr).toMatch(/To run on the embedded sandbox instead, unset TWENTY_API_URL\./)
    const noUrl = await demo(['--key', 'k']).catch((e) => e)
    expect(noUrl.code).toBe(2)
    expect(noUrl.stderr).toMatch(/An API key but no workspace URL/)
    expect(noUrl.stderr).toMatch(/To run on the embedded sandbox instead, leave out --key\./)
  })

  it('warns on stderr when the key comes from --key, without ever printing the key', async () => {
    const key = 'eyJ-secret-demo-key'
    const error = await demo(['--url', 'http://127.0.0.1:9', '--key', key]).catch((e) => e)
    expect(error.stderr).toMatch(
      /--key can end up in your shell history and in pnpm's output; prefer TWENTY_API_KEY/,
    )
    expect(`${error.stdout}${error.stderr}`).not.toContain(key)
  })

  it('on a real workspace, leaves a company and a person whose domain and email the CSV uses untouched and deletes every record of its own', async () => {
    const sandbox = await startSandbox({ port: 0, seed: 42 })
    try {
      const twenty = new TwentyClient({ apiKey: sandbox.apiKey, baseUrl: sandbox.url })
      // Another script's records, keyed like rows of fixtures/contacts.csv.
      await twenty.companies.create({
        name: 'Saigon Roasters',
        domainName: { primaryLinkUrl: 'https://saigonroasters.example' },
        annualRecurringRevenue: { amountMicros: 99_000_000_000, currencyCode: 'USD' },
      })
      await twenty.people.create({
        name: { firstName: 'Linh', lastName: 'Nguyen' },
        emails: { primaryEmail: 'linh.nguyen@saigonroasters.example' },
        jobTitle: 'Owner',
      })
      const before = await snapshot(twenty)

      const { stdout } = await demo(['--url', sandbox.url, '--yes'], { TWENTY_API_KEY: sandbox.apiKey })

      expect(stdout).toMatch(/10 created, 0 updated, 6 rows skipped as duplicates/)
      expect(stdout).toMatch(/created 12, updated 0, unchanged 0, skipped 2, failed 2, conflicts 0/)
      expect(await snapshot(twenty)).toEqual(before)
      const { checks, counted } = tally(stdout)
      expect(counted).toBe(checks)
      expect(stdout).toMatch(
        /\nskipped: 3\. Webhooks, because a real Twenty server cannot reach a receiver on this machine\n/,
      )
    } finally {
      await sandbox.close()
    }
  }, 90_000)
})
