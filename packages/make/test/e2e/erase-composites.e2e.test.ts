import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EMPTY_STRING, ERASE } from '../../src/runner/parameters.js'
import { type Harness, startHarness } from './harness.js'

// Twenty stores name, emails, phones, links, address and amounts as groups that cannot be null, and clears a text
// inside a group with "", not null. Make's erase keyword sends null (or {} for a whole group), so docs/make.md tells
// users to clear such a text with the emptystring keyword; erase is for plain fields and dropdowns.

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

describe('clearing fields from an update module', () => {
  it('clears the LinkedIn URL of a person when emptystring is mapped to it', async () => {
    const person = await h.twenty.people.create({
      name: { firstName: 'An' },
      linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/an' },
    })
    const [updated] = (await h.runner.runModule('updatePerson', {
      personId: person.id,
      linkedinLink: { primaryLinkUrl: EMPTY_STRING },
    })) as [Record<string, { primaryLinkUrl?: string }>]
    expect(updated.linkedinLink?.primaryLinkUrl).toBe('')
    expect((await h.twenty.people.get(person.id)).linkedinLink?.primaryLinkUrl).toBe('')
  })

  it('clears the primary email of a person when emptystring is mapped to it, keeping the name', async () => {
    const person = await h.twenty.people.create({
      name: { firstName: 'Binh' },
      emails: { primaryEmail: 'binh@example.com' },
    })
    await h.runner.runModule('updatePerson', { personId: person.id, emails: { primaryEmail: EMPTY_STRING } })
    const stored = await h.twenty.people.get(person.id)
    expect(stored.emails?.primaryEmail ?? '').toBe('')
    expect(stored.name?.firstName).toBe('Binh')
  })

  it('clears a plain text field (job title) when erase is mapped to it', async () => {
    const person = await h.twenty.people.create({ name: { firstName: 'Chi' }, jobTitle: 'CTO' })
    await h.runner.runModule('updatePerson', { personId: person.id, jobTitle: ERASE })
    expect((await h.twenty.people.get(person.id)).jobTitle ?? '').toBe('')
  })
})
