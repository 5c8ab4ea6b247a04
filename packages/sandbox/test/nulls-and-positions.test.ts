import { describe, expect, it } from 'vitest'
import { useSandbox } from './helpers.js'

const ctx = useSandbox({ seed: false })

const createTask = async (body: Record<string, unknown>) => {
  const answer = await ctx.api('/rest/tasks', { method: 'POST', body })
  expect(answer.status).toBe(201)
  return answer.body.data.createTask
}

// Twenty's validators take null for a whole composite and for its text sub-fields
// (validate-raw-json-field-or-throw.util.ts, validate-text-field-or-throw.util.ts), and its formatCompositeField
// (twenty-orm/utils/format-data.util.ts) writes no column for a null composite.
describe('null in a write', () => {
  it('a composite sent as null is accepted and left as it was', async () => {
    const created = await ctx.api('/rest/companies', {
      method: 'POST',
      body: { name: 'Null Co', address: { addressCity: 'Hue' }, domainName: null },
    })
    expect(created.status).toBe(201)
    const company = created.body.data.createCompany
    expect(company.domainName.primaryLinkUrl).toBe('')
    const updated = await ctx.api(`/rest/companies/${company.id}`, {
      method: 'PATCH',
      body: { address: null },
    })
    expect(updated.status).toBe(200)
    expect(updated.body.data.updateCompany.address.addressCity).toBe('Hue')
  })

  it("a text field or sub-field sent as null is accepted and reads back as '', as Twenty answers a NULL text", async () => {
    const created = await ctx.api('/rest/people', {
      method: 'POST',
      body: {
        name: { firstName: 'Lan', lastName: null },
        linkedinLink: { primaryLinkLabel: null },
        jobTitle: null,
      },
    })
    expect(created.status).toBe(201)
    const person = created.body.data.createPerson
    expect(person.name).toEqual({ firstName: 'Lan', lastName: '' })
    expect(person.linkedinLink.primaryLinkLabel).toBe('')
    expect(person.jobTitle).toBe('')
  })

  it('a null position is refused with 400, as Twenty refuses it', async () => {
    const answer = await ctx.api('/rest/tasks', { method: 'POST', body: { title: 'x', position: null } })
    expect(answer.status).toBe(400)
    expect(answer.body.messages[0]).toBe('Invalid position value null for field "position"')
  })
})

// RecordPositionService.overridePositionOnRecords: no position on a create, or 'first', is the lowest position
// minus one; 'last' the highest plus one; a number is kept.
describe('position in a write', () => {
  it("a create without a position goes first, and 'last' goes after every record", async () => {
    const a = await createTask({ title: 'a', position: 5 })
    const b = await createTask({ title: 'b' })
    expect(b.position).toBe(a.position - 1)
    const c = await createTask({ title: 'c', position: 'last' })
    expect(c.position).toBe(a.position + 1)
    const d = await createTask({ title: 'd', position: 'first' })
    expect(d.position).toBe(b.position - 1)
  })

  it("an update with 'first' moves the record before every other", async () => {
    const task = await createTask({ title: 'e', position: 100 })
    const moved = await ctx.api(`/rest/tasks/${task.id}`, { method: 'PATCH', body: { position: 'first' } })
    expect(moved.status).toBe(200)
    const all = await ctx.api('/rest/tasks?limit=200')
    const positions = all.body.data.tasks.map((row: { position: number }) => row.position)
    expect(moved.body.data.updateTask.position).toBe(Math.min(...positions))
  })

  it('a position that is neither a number, first nor last is refused with 400', async () => {
    const answer = await ctx.api('/rest/tasks', { method: 'POST', body: { title: 'x', position: 'middle' } })
    expect(answer.status).toBe(400)
    expect(answer.body.messages[0]).toBe(`Invalid position value 'middle' for field "position"`)
  })
})

// validateDateTimeFieldOrThrow parses with parseToInstantOrThrow (twenty-shared/utils/date): a date-time without an
// offset is a PlainDateTime taken in UTC, whatever the server's time zone.
describe('a date-time without an offset', () => {
  it('is stored as that time in UTC, not in the time zone of the machine', async () => {
    const zone = process.env.TZ
    process.env.TZ = 'Asia/Ho_Chi_Minh'
    try {
      const task = await createTask({ title: 'local', dueAt: '2025-01-13T10:30:00' })
      expect(task.dueAt).toBe('2025-01-13T10:30:00.000Z')
      const spaced = await createTask({ title: 'spaced', dueAt: '2025-01-13 10:30' })
      expect(spaced.dueAt).toBe('2025-01-13T10:30:00.000Z')
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })
})

// NoteTargetWorkspaceEntity and TaskTargetWorkspaceEntity declare no position field, unlike the objects shown in views.
describe('note and task targets', () => {
  it("answer without a position and refuse one in a write with Twenty's 400, writing nothing", async () => {
    const note = (await ctx.api('/rest/notes', { method: 'POST', body: { title: 'Call notes' } })).body.data
      .createNote
    const created = await ctx.api('/rest/noteTargets', { method: 'POST', body: { noteId: note.id } })
    expect(created.status).toBe(201)
    expect(created.body.data.createNoteTarget).not.toHaveProperty('position')
    const task = await createTask({ title: 'Follow up' })
    const refused = await ctx.api('/rest/taskTargets', {
      method: 'POST',
      body: { taskId: task.id, position: 1 },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.messages).toEqual(['Object taskTarget doesn\'t have any "position" field.'])
    const listed = await ctx.api(`/rest/taskTargets?filter=taskId[eq]:${task.id}`)
    expect(listed.body.data.taskTargets).toEqual([])
  })
})
