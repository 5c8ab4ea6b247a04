import { describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

describe('importMany with an onProgress callback that throws', () => {
  it('writes every row, reports each one, and returns the callback error on the report', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => ({
      emails: { primaryEmail: `progress-throws-${i}@example.com` },
    }))
    const broken = new Error('the terminal was closed')
    const events: ImportProgress[] = []
    const report = await ctx.twenty.people.importMany(rows, {
      batchSize: 50,
      concurrency: 1,
      onProgress: (event) => {
        events.push({ ...event })
        if (event.phase === 'write' && event.done >= 50) throw broken
      },
    })
    expect(report.counts).toMatchObject({ created: 150, failed: 0 })
    expect(report.progressError).toBe(broken)
    // Not called again once it threw: a broken progress bar would throw on every event.
    expect(events.at(-1)).toMatchObject({ phase: 'write', done: 50 })
    const stored = await ctx.twenty.people
      .iterate({ filter: { emails: { primaryEmail: { like: 'progress-throws-%' } } } })
      .toArray({ limit: 200 })
    expect(stored).toHaveLength(150)
  })

  it('goes on when the callback throws during the look-up, before anything is written', async () => {
    const report = await ctx.twenty.companies.importMany(
      [{ name: 'Thrown Co', domainName: { primaryLinkUrl: 'https://thrown-in-lookup.example' } }],
      {
        onProgress: (event) => {
          if (event.phase === 'lookup') throw new TypeError('bar is undefined')
        },
      },
    )
    expect(report.counts.created).toBe(1)
    expect(report.progressError).toBeInstanceOf(TypeError)
  })

  it('has no progressError when the callback never throws', async () => {
    const report = await ctx.twenty.people.importMany(
      [{ emails: { primaryEmail: 'progress-fine@example.com' } }],
      {
        onProgress: () => {},
      },
    )
    expect(report).not.toHaveProperty('progressError')
  })
})
