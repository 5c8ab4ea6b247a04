import { describe, expect, it } from 'vitest'
import { q, useSandbox } from './helpers.js'

const ctx = useSandbox()

const createNotes = async (titles: string[]) =>
  (await ctx.api('/rest/batch/notes', { method: 'POST', body: titles.map((title) => ({ title })) })).body.data
    .createNotes as { id: string; title: string }[]
const trash = (id: string) => ctx.api(`/rest/notes/${id}${q({ soft_delete: 'true' })}`, { method: 'DELETE' })
const readTrashed = async (id: string) =>
  (await ctx.api(`/rest/notes${q({ filter: `and(deletedAt[is]:NOT_NULL,id[eq]:${id})` })}`)).body.data
    .notes[0]

// Twenty runs bulk writes as UPDATE/DELETE statements with the filter, and TypeORM adds `deletedAt IS NULL` to
// SELECTs only, so these reach the trash even when the filter does not name deletedAt.
describe('writes by filter reach trashed records as Twenty’s do', () => {
  it('updates a trashed record a filter matches without naming deletedAt, and it stays in the trash', async () => {
    const [live, trashed] = await createNotes(['bulk-edit-live', 'bulk-edit-trashed'])
    await trash(trashed?.id as string)
    const answer = await ctx.api(`/rest/notes${q({ filter: 'title[startsWith]:bulk-edit-' })}`, {
      method: 'PATCH',
      body: { title: 'bulk-edited' },
    })
    expect(answer.status).toBe(200)
    expect(answer.body.data.updateNotes.map((note: any) => note.id).sort()).toEqual(
      [live?.id, trashed?.id].sort(),
    )
    const after = await readTrashed(trashed?.id as string)
    expect(after.title).toBe('bulk-edited')
    expect(after.deletedAt).not.toBeNull()
  })

  it('updates a trashed record by id, as Twenty’s update-one runs its update-many on the id', async () => {
    const [note] = await createNotes(['one-edit-trashed'])
    await trash(note?.id as string)
    const answer = await ctx.api(`/rest/notes/${note?.id}`, {
      method: 'PATCH',
      body: { title: 'one-edited' },
    })
    expect(answer.status).toBe(200)
    expect(answer.body.data.updateNote.title).toBe('one-edited')
    expect(answer.body.data.updateNote.deletedAt).not.toBeNull()
  })

  it('soft-deletes trashed matches again without a deletedAt filter, answering them and stamping deletedAt anew', async () => {
    const [live, trashed] = await createNotes(['resoft-live', 'resoft-trashed'])
    await trash(trashed?.id as string)
    const firstStamp = (await readTrashed(trashed?.id as string)).deletedAt as string
    await new Promise((resolve) => setTimeout(resolve, 5))
    const answer = await ctx.api(
      `/rest/notes${q({ filter: 'title[startsWith]:resoft-', soft_delete: 'true' })}`,
      {
        method: 'DELETE',
      },
    )
    expect(answer.status).toBe(200)
    expect(answer.body.data.deleteNotes.map((note: any) => note.id).sort()).toEqual(
      [live?.id, trashed?.id].sort(),
    )
    expect(Date.parse((await readTrashed(trashed?.id as string)).deletedAt)).toBeGreaterThan(
      Date.parse(firstStamp),
    )
  })

  it('soft-deletes an already trashed record by id instead of answering 404', async () => {
    const [note] = await createNotes(['resoft-one'])
    await trash(note?.id as string)
    const answer = await trash(note?.id as string)
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ data: { deleteNote: { id: note?.id } } })
  })
})

describe('webhook secrets as Twenty’s metadata webhook module stores them', () => {
  it('generates a 64-hex-character secret when the create leaves it out or sends null, and lists it', async () => {
    for (const body of [
      { targetUrl: 'https://hooks.example.com/a' },
      { targetUrl: 'https://hooks.example.com/b', secret: null },
    ]) {
      const created = await ctx.api('/rest/metadata/webhooks', { method: 'POST', body })
      expect(created.status).toBe(201)
      expect(created.body.secret).toMatch(/^[0-9a-f]{64}$/)
      const listed = (await ctx.api('/rest/metadata/webhooks')).body.find(
        (hook: any) => hook.id === created.body.id,
      )
      expect(listed.secret).toBe(created.body.secret)
    }
  })
})
