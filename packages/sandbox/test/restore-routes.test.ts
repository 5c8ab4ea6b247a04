import { describe, expect, it } from 'vitest'
import { startSandbox } from '../src/index.js'
import { q, useSandbox } from './helpers.js'

type Context = ReturnType<typeof useSandbox>

const CURRENT_INVALID = 'Valid examples: /rest/companies/id or /rest/companies or /rest/batch/companies'
const WINDOW_INVALID = `${CURRENT_INVALID} or /rest/restore/companies/id`

/** A note created then soft-deleted, to restore. */
async function trashedNote(ctx: Context, title: string): Promise<string> {
  const created = await ctx.api('/rest/notes', { method: 'POST', body: { title } })
  const id = created.body.data.createNote.id as string
  await ctx.api(`/rest/notes/${id}${q({ soft_delete: 'true' })}`, { method: 'DELETE' })
  return id
}

describe('restore routes of current Twenty (the default)', () => {
  const ctx = useSandbox()

  it('restores one record with PATCH /rest/{plural}/{id}/restore, in a restoreNote envelope', async () => {
    const id = await trashedNote(ctx, 'suffix-one')
    const answer = await ctx.api(`/rest/notes/${id}/restore`, { method: 'PATCH' })
    expect(answer.status).toBe(200)
    expect(answer.body.data.restoreNote).toMatchObject({ id, deletedAt: null })
  })

  it('restores by filter with PATCH /rest/{plural}/restore, in a restoreNotes envelope', async () => {
    const id = await trashedNote(ctx, 'suffix-many')
    const answer = await ctx.api(`/rest/notes/restore${q({ filter: `id[eq]:${id}` })}`, { method: 'PATCH' })
    expect(answer.status).toBe(200)
    expect(answer.body.data.restoreNotes).toMatchObject([{ id, deletedAt: null }])
  })

  it('refuses the prefix paths with the 400s current Twenty answers, restoring nothing', async () => {
    const id = await trashedNote(ctx, 'prefix-refused')
    const one = await ctx.api(`/rest/restore/notes/${id}`, { method: 'PATCH' })
    const many = await ctx.api(`/rest/restore/notes${q({ filter: `id[eq]:${id}` })}`, { method: 'PATCH' })
    expect([one.status, one.body.messages]).toEqual([
      400,
      [`Query path '/rest/restore/notes/${id}' invalid. ${CURRENT_INVALID}`],
    ])
    expect([many.status, many.body.messages]).toEqual([400, ["'notes' is not a valid UUID"]])
    expect((await ctx.api(`/rest/notes/${id}`)).status).toBe(404)
  })

  it('answers 404 Record not found for an unknown id on the suffix restore-one', async () => {
    const answer = await ctx.api('/rest/notes/2b7d4c1e-8f3a-4b6d-9e2f-1a5c7d9e0f12/restore', {
      method: 'PATCH',
    })
    expect([answer.status, answer.body.messages]).toEqual([404, ['Record not found']])
  })

  it('lists the suffix restore paths in its OpenAPI document', async () => {
    const answer = await ctx.api('/rest/open-api/core')
    expect(Object.keys(answer.body.paths)).toEqual(
      expect.arrayContaining(['/notes/{id}/restore', '/notes/restore']),
    )
    expect(Object.keys(answer.body.paths)).not.toContain('/restore/notes')
  })
})

describe("restoreRoutes: 'prefix', the July–August 2026 releases", () => {
  const ctx = useSandbox({ restoreRoutes: 'prefix' })

  it('restores one record with PATCH /rest/restore/{plural}/{id} and by filter with /rest/restore/{plural}', async () => {
    const one = await trashedNote(ctx, 'window-one')
    const many = await trashedNote(ctx, 'window-many')
    const answerOne = await ctx.api(`/rest/restore/notes/${one}`, { method: 'PATCH' })
    const answerMany = await ctx.api(`/rest/restore/notes${q({ filter: `id[eq]:${many}` })}`, {
      method: 'PATCH',
    })
    expect(answerOne.body.data.restoreNote).toMatchObject({ id: one, deletedAt: null })
    expect(answerMany.body.data.restoreNotes).toMatchObject([{ id: many, deletedAt: null }])
  })

  it('refuses the suffix paths with the 400s its parseCorePath gives, restoring nothing', async () => {
    const id = await trashedNote(ctx, 'window-refused')
    const one = await ctx.api(`/rest/notes/${id}/restore`, { method: 'PATCH' })
    const many = await ctx.api(`/rest/notes/restore${q({ filter: `id[eq]:${id}` })}`, { method: 'PATCH' })
    expect([one.status, one.body.messages]).toEqual([
      400,
      [`Query path '/rest/notes/${id}/restore' invalid. ${WINDOW_INVALID}`],
    ])
    expect([many.status, many.body.messages]).toEqual([400, ["'restore' is not a valid UUID"]])
    expect((await ctx.api(`/rest/notes/${id}`)).status).toBe(404)
  })
})

describe("restoreRoutes: 'prefix-many-only', releases before July 2026", () => {
  const ctx = useSandbox({ restoreRoutes: 'prefix-many-only' })

  it('restores by filter with PATCH /rest/restore/{plural}', async () => {
    const id = await trashedNote(ctx, 'old-many')
    const answer = await ctx.api(`/rest/restore/notes${q({ filter: `id[eq]:${id}` })}`, { method: 'PATCH' })
    expect(answer.body.data.restoreNotes).toMatchObject([{ id, deletedAt: null }])
  })

  it('refuses restore-one on either path and restore by filter on the suffix path, restoring nothing', async () => {
    const id = await trashedNote(ctx, 'old-refused')
    const prefixOne = await ctx.api(`/rest/restore/notes/${id}`, { method: 'PATCH' })
    const suffixOne = await ctx.api(`/rest/notes/${id}/restore`, { method: 'PATCH' })
    const suffixMany = await ctx.api(`/rest/notes/restore${q({ filter: `id[eq]:${id}` })}`, {
      method: 'PATCH',
    })
    expect([prefixOne, suffixOne, suffixMany].map((answer) => [answer.status, answer.body.messages])).toEqual(
      [
        [400, [`Query path '/rest/restore/notes/${id}' invalid. ${CURRENT_INVALID}`]],
        [400, [`Query path '/rest/notes/${id}/restore' invalid. ${CURRENT_INVALID}`]],
        [400, ["'restore' is not a valid UUID"]],
      ],
    )
    expect((await ctx.api(`/rest/notes/${id}`)).status).toBe(404)
  })

  it('still refuses a bad key before the path', async () => {
    const answer = await ctx.api('/rest/restore/notes/x', { method: 'PATCH', key: 'not-a-jwt' })
    expect(answer.status).toBe(401)
  })
})

describe('restoreRoutes option', () => {
  it('refuses a value that names no release, before listening', async () => {
    await expect(startSandbox({ port: 0, restoreRoutes: 'sufix' as never })).rejects.toThrow(
      "restoreRoutes must be one of 'suffix', 'prefix', 'prefix-many-only', got \"sufix\"",
    )
  })
})
