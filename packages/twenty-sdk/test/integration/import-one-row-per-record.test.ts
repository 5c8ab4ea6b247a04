import { expect, it } from 'vitest'
import type { ImportProgress } from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

it('fails a row whose email names the person another row’s key names, instead of mixing both rows into that person', async () => {
  const person = await ctx.twenty.people.create({
    emails: { primaryEmail: 'shared@example.com' },
    linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/kept' },
    jobTitle: 'Before',
  })
  const events: ImportProgress[] = []
  const report = await ctx.twenty.people.importMany(
    [
      {
        emails: { primaryEmail: 'shared@example.com' },
        linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/other' },
        jobTitle: 'From the email row',
      },
      {
        emails: { primaryEmail: 'new-address@example.com' },
        linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/kept' },
        jobTitle: 'From the key row',
      },
    ],
    { keyBy: 'linkedinLink.primaryLinkUrl', onProgress: (event) => events.push({ ...event }) },
  )
  expect(report.counts).toMatchObject({ updated: 1, failed: 1, created: 0 })
  expect(report.updated.map((row) => row.index)).toEqual([1])
  expect(report.failed[0]).toMatchObject({ index: 0 })
  expect(report.failed[0]?.reason).toMatch(/row at index 1/)
  expect(events.at(-1)).toMatchObject({ done: 2, total: 2 })
  const stored = await ctx.twenty.people.get(person.id)
  expect(stored).toMatchObject({
    jobTitle: 'From the key row',
    emails: { primaryEmail: 'new-address@example.com' },
    linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/kept' },
  })
})

it('lets only the first of two rows whose email names one person write it', async () => {
  const person = await ctx.twenty.people.create({
    emails: { primaryEmail: 'twice@example.com' },
    jobTitle: 'Before',
  })
  const report = await ctx.twenty.people.importMany(
    [
      {
        emails: { primaryEmail: 'twice@example.com' },
        linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/one' },
        jobTitle: 'One',
      },
      {
        emails: { primaryEmail: 'twice@example.com' },
        linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/two' },
        jobTitle: 'Two',
      },
    ],
    { keyBy: 'linkedinLink.primaryLinkUrl' },
  )
  expect(report.updated.map((row) => row.index)).toEqual([0])
  expect(report.failed.map((row) => row.index)).toEqual([1])
  expect(await ctx.twenty.people.get(person.id)).toMatchObject({
    jobTitle: 'One',
    linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/one' },
  })
})
