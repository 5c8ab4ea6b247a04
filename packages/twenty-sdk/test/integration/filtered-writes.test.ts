import { describe, expect, it } from 'vitest'
import { TwentyValidationError } from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

/** Creates tasks with unique titles under one tag, so each test reads only its own records. */
async function tasksTagged(tag: string, statuses: Array<'TODO' | 'IN_PROGRESS' | 'DONE'>) {
  return ctx.twenty.tasks.createMany(statuses.map((status, i) => ({ title: `${tag} ${i}`, status })))
}

const titled = (tag: string) => ({ title: { startsWith: `${tag} ` } })

describe('writes to every record a filter matches', () => {
  it('updateMany changes only the matching records and returns them changed', async () => {
    const tasks = await tasksTagged('upd', ['TODO', 'TODO', 'DONE'])
    const updated = await ctx.twenty.tasks.updateMany(
      { ...titled('upd'), status: { eq: 'TODO' } },
      { status: 'IN_PROGRESS' },
    )
    expect(updated.map((t) => t.id).sort()).toEqual([tasks[0]?.id, tasks[1]?.id].sort())
    expect(updated.every((t) => t.status === 'IN_PROGRESS')).toBe(true)
    expect((await ctx.twenty.tasks.get(tasks[2]?.id ?? '')).status).toBe('DONE')
  })

  it('updateMany validates the patch as update() does and sends nothing when it is bad', async () => {
    await tasksTagged('badpatch', ['TODO'])
    const sent: string[] = []
    const eject = ctx.twenty.use({ onRequest: ({ context }) => void sent.push(context.method) })
    try {
      await expect(
        ctx.twenty.tasks.updateMany(titled('badpatch'), { title: 42 } as never),
      ).rejects.toBeInstanceOf(TwentyValidationError)
    } finally {
      eject()
    }
    expect(sent).toEqual([])
  })

  it('deleteMany soft-deletes the matches, and restoreMany brings them back', async () => {
    const tasks = await tasksTagged('trash', ['TODO', 'DONE', 'DONE'])
    const deleted = await ctx.twenty.tasks.deleteMany({ ...titled('trash'), status: { eq: 'DONE' } })
    expect(deleted.map((d) => d.id).sort()).toEqual([tasks[1]?.id, tasks[2]?.id].sort())
    const left = await ctx.twenty.tasks.list({ filter: titled('trash') })
    expect(left.data.map((t) => t.id)).toEqual([tasks[0]?.id])

    const restored = await ctx.twenty.tasks.restoreMany({ ...titled('trash'), deletedAt: { is: 'NOT_NULL' } })
    expect(restored.map((t) => t.id).sort()).toEqual([tasks[1]?.id, tasks[2]?.id].sort())
    expect(restored.every((t) => t.deletedAt === null)).toBe(true)
    expect((await ctx.twenty.tasks.list({ filter: titled('trash') })).totalCount).toBe(3)
  })

  it('updateMany leaves records in the trash alone, as list() would not show them, unless the filter names deletedAt', async () => {
    const tasks = await tasksTagged('trashedpatch', ['TODO', 'TODO'])
    await ctx.twenty.tasks.delete(tasks[1]?.id ?? '')
    const updated = await ctx.twenty.tasks.updateMany(titled('trashedpatch'), { status: 'DONE' })
    expect(updated.map((t) => t.id)).toEqual([tasks[0]?.id])
    const inTrash = { ...titled('trashedpatch'), deletedAt: { is: 'NOT_NULL' as const } }
    expect((await ctx.twenty.tasks.list({ filter: inTrash })).data.map((t) => t.status)).toEqual(['TODO'])

    const patchedInTrash = await ctx.twenty.tasks.updateMany(inTrash, { status: 'IN_PROGRESS' })
    expect(patchedInTrash.map((t) => [t.id, t.status])).toEqual([[tasks[1]?.id, 'IN_PROGRESS']])
  })

  it('deleteMany leaves records already in the trash as they are, their deletion time unchanged', async () => {
    const tasks = await tasksTagged('retrash', ['TODO', 'TODO'])
    await ctx.twenty.tasks.delete(tasks[1]?.id ?? '')
    const inTrash = { ...titled('retrash'), deletedAt: { is: 'NOT_NULL' as const } }
    const [before] = (await ctx.twenty.tasks.list({ filter: inTrash })).data
    await new Promise((resolve) => setTimeout(resolve, 5))
    const deleted = await ctx.twenty.tasks.deleteMany(titled('retrash'))
    expect(deleted).toEqual([{ id: tasks[0]?.id }])
    const trash = (await ctx.twenty.tasks.list({ filter: inTrash })).data
    expect(trash.find((t) => t.id === before?.id)?.deletedAt).toBe(before?.deletedAt)
  })

  it('updateMany with a raw filter string leaves the trash alone too', async () => {
    const tasks = await tasksTagged('rawtrash', ['TODO', 'TODO'])
    await ctx.twenty.tasks.delete(tasks[1]?.id ?? '')
    const updated = await ctx.twenty.tasks.updateMany('title[startsWith]:"rawtrash "', { status: 'DONE' })
    expect(updated.map((t) => t.id)).toEqual([tasks[0]?.id])
  })

  it('destroyMany on deletedAt NOT_NULL empties the trash and leaves live records alone', async () => {
    const tasks = await tasksTagged('purge', ['TODO', 'DONE'])
    await ctx.twenty.tasks.delete(tasks[1]?.id ?? '')
    const destroyed = await ctx.twenty.tasks.destroyMany({
      ...titled('purge'),
      deletedAt: { is: 'NOT_NULL' },
    })
    expect(destroyed).toEqual([{ id: tasks[1]?.id }])
    await expect(ctx.twenty.tasks.restore(tasks[1]?.id ?? '')).rejects.toThrow()
    expect((await ctx.twenty.tasks.get(tasks[0]?.id ?? '')).deletedAt).toBeNull()
  })

  it('refuses a filter without a condition before sending anything, for each of the four writes', async () => {
    const tasks = await tasksTagged('guard', ['TODO'])
    const sent: string[] = []
    const eject = ctx.twenty.use({ onRequest: ({ context }) => void sent.push(context.method) })
    const unsetTag: string | undefined = undefined
    try {
      const attempts = [
        () => ctx.twenty.tasks.updateMany({}, { status: 'DONE' }),
        () => ctx.twenty.tasks.updateMany({ title: { eq: unsetTag } }, { status: 'DONE' }),
        () => ctx.twenty.tasks.deleteMany(''),
        () => ctx.twenty.tasks.destroyMany('   '),
        () => ctx.twenty.tasks.restoreMany({}),
        () => ctx.twenty.tasks.destroyMany(undefined as never),
      ]
      for (const attempt of attempts) {
        const error = await attempt().then(
          () => undefined,
          (e: unknown) => e,
        )
        expect(error).toBeInstanceOf(TwentyValidationError)
        expect(error).toMatchObject({ code: 'FILTER_REQUIRED', issues: [{ path: 'filter' }] })
        expect((error as Error).message).toMatch(/^tasks\.\w+Many needs a filter with at least one condition/)
      }
    } finally {
      eject()
    }
    expect(sent).toEqual([])
    expect((await ctx.twenty.tasks.get(tasks[0]?.id ?? '')).status).toBe('TODO')
  })

  it('works for custom objects through records() with a raw filter string', async () => {
    const made = await ctx.twenty.records('notes').createMany([{ title: 'raw-a' }, { title: 'raw-b' }])
    const updated = await ctx.twenty.records('notes').updateMany('title[eq]:"raw-a"', { title: 'raw-a2' })
    expect(updated.map((n) => n.id)).toEqual([made[0]?.id])
    expect(updated[0]?.title).toBe('raw-a2')
  })
})
