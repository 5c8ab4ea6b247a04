import { startSandbox } from '@twenty-sdk/sandbox'
import { describe, expect, it } from 'vitest'
import { TwentyClient } from '../../src/index.js'

const PEOPLE = 10_000
const EXISTING = 2_000

describe('bulk import under injected faults', () => {
  it(`imports ${PEOPLE.toLocaleString('en-US')} people through 20 % faults of every kind with every record written exactly once`, async () => {
    const sandbox = await startSandbox({
      maxLimit: 200,
      faults: {
        seed: 2026,
        rules: [
          {
            kinds: [
              'serverError',
              'rateLimit',
              'latency',
              'resetBeforeWrite',
              'timeoutAfterCommit',
              'malformedJson',
            ],
            probability: 0.2,
            latencyMs: 50,
            holdMs: 1_500,
          },
        ],
      },
    })
    try {
      const twenty = new TwentyClient({
        apiKey: sandbox.apiKey,
        baseUrl: sandbox.url,
        timeoutMs: 1_000,
        rateLimit: false,
        retry: { maxRetries: 12, baseDelayMs: 20, maxDelayMs: 200 },
      })
      // Some people exist already, with an older job title the import must overwrite.
      const faultsOff = new TwentyClient({
        apiKey: sandbox.apiKey,
        baseUrl: sandbox.url,
        rateLimit: false,
        retry: { maxRetries: 12, baseDelayMs: 5 },
      })
      await faultsOff.people.createMany(
        Array.from({ length: EXISTING }, (_, i) => ({
          emails: { primaryEmail: `person${i}@chaos.example` },
          jobTitle: 'Before import',
        })),
        { upsert: true },
      )
      const rows = Array.from({ length: PEOPLE }, (_, i) => ({
        name: { firstName: 'Chaos', lastName: String(i) },
        emails: { primaryEmail: `person${i}@chaos.example` },
        jobTitle: `Title ${i % 7}`,
      }))

      const report = await twenty.people.importMany(rows)

      expect(report.counts).toEqual({
        created: PEOPLE - EXISTING,
        updated: EXISTING,
        unchanged: 0,
        skipped: 0,
        failed: 0,
        conflicts: 0,
      })
      const stored = sandbox.records('people')
      expect(stored).toHaveLength(PEOPLE)
      const byEmail = new Map(
        stored.map((person) => [(person.emails as { primaryEmail: string }).primaryEmail, person]),
      )
      expect(byEmail.size).toBe(PEOPLE)
      for (const [i, row] of rows.entries()) {
        const person = byEmail.get(row.emails.primaryEmail)
        if (
          person?.jobTitle !== row.jobTitle ||
          (person.name as { lastName: string }).lastName !== String(i)
        ) {
          throw new Error(`row ${i} stored wrong: ${JSON.stringify(person)}`)
        }
      }
      const injected = Object.values(sandbox.faultStats).reduce((sum, n) => sum + n, 0)
      expect(injected).toBeGreaterThan(30)
      expect(Object.values(sandbox.faultStats).every((n) => n > 0)).toBe(true)
      console.info(
        `chaos import: ${JSON.stringify(report.counts)} in ${report.durationMs} ms; faults injected ${JSON.stringify(sandbox.faultStats)}`,
      )
    } finally {
      await sandbox.close()
    }
  }, 120_000)
})
