import { describe, expect, it } from 'vitest'
import { q, useSandbox } from './helpers.js'

const ctx = useSandbox()

const createNotes = async (titles: string[]) =>
  (await ctx.api('/rest/batch/notes', { method: 'POST', body: titles.map((title) => ({ title })) })).body.data
    .createNotes as { id: string; title: string }[]
const trash = (id: string) => ctx.api(`/rest/notes/${id}${q({ soft_delete: 'true' })}`, { method: 'DELETE' })
const titles = (body: any) => body.data.notes.map((note: any) => note.title).sort()

describe('soft-deleted records, as Twenty reads and writes them', () => {
  it('lists trashed records and counts them only when the filter names deletedAt', async () => {
    const [kept, trashed] = await createNotes(['list-kept', 'list-trashed'])
    await trash(trashed?.id as string)
    const plain = await ctx.api(`/rest/notes${q({ filter: 'title[startsWith]:list-' })}`)
    expect(titles(plain.body)).toEqual(['list-kept'])
    const inTrash = await ctx.api(`/rest/notes${q({ filter: 'deletedAt[is]:NOT_NULL' })}`)
    expect(titles(inTrash.body)).toEqual(['list-trashed'])
    expect(inTrash.body.totalCount).toBe(1)
    const both = await ctx.api(
      `/rest/notes${q({ filter: `and(or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL),id[in]:[${kept?.id},${trashed?.id}])` })}`,
    )
    expect(titles(both.body)).toEqual(['list-kept', 'list-trashed'])
    expect((await ctx.api(`/rest/notes/${trashed?.id}`)).status).toBe(404)
  })

  it('restores every record a filter matches with PATCH /rest/{plural}/restore, in a restoreNotes envelope', async () => {
    const notes = await createNotes(['restore-a', 'restore-b', 'restore-live'])
    const [a, b, live] = notes.map((note) => note.id)
    await trash(a as string)
    await trash(b as string)
    const answer = await ctx.api(`/rest/notes/restore${q({ filter: `id[in]:[${a},${b},${live}]` })}`, {
      method: 'PATCH',
    })
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.body.data)).toEqual(['restoreNotes'])
    expect(answer.body.data.restoreNotes.map((note: any) => note.deletedAt)).toEqual([null, null, null])
    const listed = await ctx.api(`/rest/notes${q({ filter: 'title[startsWith]:restore-' })}`)
    expect(listed.body.totalCount).toBe(3)
  })

  it('refuses a restore by filter without a filter, restoring nothing', async () => {
    const [note] = await createNotes(['restore-unfiltered'])
    await trash(note?.id as string)
    const answer = await ctx.api('/rest/notes/restore', { method: 'PATCH' })
    expect(answer.status).toBe(400)
    expect((await ctx.api(`/rest/notes/${note?.id}`)).status).toBe(404)
  })

  it('refuses a delete or destroy by filter without a filter with Twenty’s messages, deleting nothing', async () => {
    const [note] = await createNotes(['delete-unfiltered'])
    for (const [query, write] of [
      [q({ soft_delete: 'true' }), 'delete'],
      ['', 'destroy'],
    ] as const) {
      const answer = await ctx.api(`/rest/notes${query}`, { method: 'DELETE' })
      expect(answer.status).toBe(400)
      expect(answer.body.messages).toEqual([
        `Filters are mandatory for bulk ${write} operations. Please provide at least one filter to prevent accidental deletion of all records.`,
      ])
    }
    expect((await ctx.api(`/rest/notes/${note?.id}`)).status).toBe(200)
  })

  it('refuses an update, restore, delete or destroy whose filter is only blanks, changing nothing', async () => {
    const [note] = await createNotes(['blank-filter'])
    const writes: [string, string][] = [
      ['PATCH', `/rest/notes${q({ filter: ' ' })}`],
      ['PATCH', `/rest/notes/restore${q({ filter: '  ' })}`],
      ['DELETE', `/rest/notes${q({ filter: ' ', soft_delete: 'true' })}`],
      ['DELETE', `/rest/notes${q({ filter: '\t' })}`],
    ]
    for (const [method, path] of writes) {
      const answer = await ctx.api(path, {
        method,
        body: method === 'PATCH' ? { title: 'wiped' } : undefined,
      })
      expect(answer.status).toBe(400)
    }
    const after = await ctx.api(`/rest/notes/${note?.id}`)
    expect(after.status).toBe(200)
    expect(after.body.data.note.title).toBe('blank-filter')
  })

  it('updates and soft-deletes by a filter naming deletedAt without failing on trashed records', async () => {
    const [note] = await createNotes(['edit-trashed'])
    await trash(note?.id as string)
    const filter = `and(deletedAt[is]:NOT_NULL,id[eq]:${note?.id})`
    const updated = await ctx.api(`/rest/notes${q({ filter })}`, {
      method: 'PATCH',
      body: { title: 'edited' },
    })
    expect(updated.status).toBe(200)
    expect(updated.body.data.updateNotes.map((row: any) => row.title)).toEqual(['edited'])
    const again = await ctx.api(`/rest/notes${q({ filter, soft_delete: 'true' })}`, { method: 'DELETE' })
    expect(again.body).toEqual({ data: { deleteNotes: [{ id: note?.id }] } })
  })

  it('destroys trashed records too when deleting by filter without soft_delete', async () => {
    const [kept, trashed] = await createNotes(['purge-live', 'purge-trashed'])
    await trash(trashed?.id as string)
    const answer = await ctx.api(`/rest/notes${q({ filter: 'title[startsWith]:purge-' })}`, {
      method: 'DELETE',
    })
    expect(answer.body.data.deleteNotes.map((row: any) => row.id).sort()).toEqual(
      [kept?.id, trashed?.id].sort(),
    )
    const inTrash = await ctx.api(
      `/rest/notes${q({ filter: 'deletedAt[is]:NOT_NULL,title[startsWith]:purge-' })}`,
    )
    expect(inTrash.body.totalCount).toBe(0)
  })
})
