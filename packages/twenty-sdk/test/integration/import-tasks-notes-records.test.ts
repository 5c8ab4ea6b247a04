import { describe, expect, it } from 'vitest'
import { useSandbox } from './setup.js'

const ctx = useSandbox()

describe('importMany on tasks, notes and any object through records()', () => {
  it('imports tasks keyed by title, then updates the changed one and leaves the others unchanged on a re-run', async () => {
    const rows = [
      { subject: 'Import: call Linh', done: false },
      { subject: 'Import: send quote', done: false },
    ]
    const map = (row: (typeof rows)[number]) => ({ title: row.subject, status: row.done ? 'DONE' : 'TODO' })
    const first = await ctx.twenty.tasks.importMany(rows, { keyBy: 'title', map })
    expect(first.counts).toMatchObject({ created: 2, failed: 0 })
    const second = await ctx.twenty.tasks.importMany([rows[0], { ...rows[1], done: true }] as typeof rows, {
      keyBy: 'title',
      map,
    })
    expect(second.counts).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
    const stored = await ctx.twenty.tasks.list({ filter: { title: { startsWith: 'Import: ' } } })
    expect(stored.data.map((task) => [task.title, task.status]).sort()).toEqual([
      ['Import: call Linh', 'TODO'],
      ['Import: send quote', 'DONE'],
    ])
  })

  it('imports notes through records() with only an object check, a refused field failing its row alone', async () => {
    const report = await ctx.twenty
      .records('notes')
      .importMany([{ title: 'Import: minutes' }, { title: 'Import: bad', colour: 'red' }], { keyBy: 'title' })
    expect(report.counts).toMatchObject({ created: 1, failed: 1 })
    expect(report.failed[0]).toMatchObject({ index: 1 })
  })

  it('refuses a task import without keyBy before reading any row', async () => {
    await expect(ctx.twenty.tasks.importMany([{ title: 'x' }], {} as never)).rejects.toMatchObject({
      name: 'TwentyValidationError',
      issues: [expect.objectContaining({ path: 'keyBy' })],
    })
  })
})
