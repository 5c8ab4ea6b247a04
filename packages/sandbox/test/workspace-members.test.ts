import { describe, expect, it } from 'vitest'
import { useSandbox } from './helpers.js'

const MEMBERS = [
  {
    id: '3f1e2d3c-4b5a-4f6e-8d7c-6b5a4f3e2d1c',
    name: { firstName: 'Mai', lastName: 'Tran' },
    userEmail: 'mai@example.com',
  },
  {
    id: '4a2f3e4d-5c6b-4a7f-9e8d-7c6b5a4f3e2d',
    name: { firstName: 'Quang', lastName: 'Le' },
    userEmail: 'quang@example.com',
  },
]
const ctx = useSandbox({ workspaceMembers: MEMBERS })

describe('workspace members', () => {
  it('lists the members the sandbox was started with, in Twenty’s envelope', async () => {
    const answer = await ctx.api('/rest/workspaceMembers')
    expect(answer.body.data.workspaceMembers.map((m: { userEmail: string }) => m.userEmail)).toEqual([
      'mai@example.com',
      'quang@example.com',
    ])
    expect(answer.body.totalCount).toBe(2)
  })

  it('assigns a task to a member and embeds the assignee at depth 1', async () => {
    const task = (
      await ctx.api('/rest/tasks', {
        method: 'POST',
        body: { title: 'Call back', assigneeId: MEMBERS[0]?.id },
      })
    ).body.data.createTask
    const deep = await ctx.api(`/rest/tasks/${task.id}?depth=1`)
    expect(deep.body.data.task.assignee.userEmail).toBe('mai@example.com')
  })

  it('refuses an assignee who is not a member of the workspace', async () => {
    const answer = await ctx.api('/rest/tasks', {
      method: 'POST',
      body: { title: 'Orphan', assigneeId: '00000000-0000-4000-8000-000000000000' },
    })
    expect(answer.status).toBe(400)
    expect(answer.body.messages[0]).toMatch(/foreign key/)
  })
})
