import { describe, expect, it } from 'vitest'
import type { Communication } from '../../src/format/types.js'
import { MakeRunner } from '../../src/runner/runner.js'
import { fakeFetch } from './fake-http.js'
import { miniApp } from './mini-app.js'

// Ten records, newest first as the API returns them with order_by=createdAt[DescNullsLast].
const records = Array.from({ length: 10 }, (_, index) => ({
  id: `r${9 - index}`,
  createdAt: new Date(Date.UTC(2026, 10, 1, 0, 9 - index)).toISOString(),
}))

const communication: Communication = {
  url: '/records',
  qs: { limit: 3 },
  pagination: {
    qs: { starting_after: '{{body.pageInfo.endCursor}}' },
    condition: '{{body.pageInfo.hasNextPage}}',
  },
  response: {
    iterate: '{{body.data.records}}',
    output: '{{item}}',
    limit: '{{parameters.limit}}',
    trigger: { type: 'date', order: 'desc', id: '{{item.id}}', date: '{{item.createdAt}}' },
  },
}

function setup(data = records) {
  const http = fakeFetch((request) => {
    const after = request.url.searchParams.get('starting_after')
    const start = after === null ? 0 : Number(after)
    const page = data.slice(start, start + 3)
    return {
      body: {
        data: { records: page },
        pageInfo: { hasNextPage: start + 3 < data.length, endCursor: String(start + 3) },
      },
    }
  })
  const app = miniApp({
    modules: [
      {
        id: 'watch',
        type: 'trigger',
        communication,
        params: [{ name: 'limit', type: 'uinteger', default: 10 }],
      },
    ],
  })
  return {
    runner: new MakeRunner({ app, connection: { apiKey: 'k' }, fetch: http.fetch }),
    received: http.received,
  }
}

const ids = (bundles: unknown[]) => bundles.map((bundle) => (bundle as { id: string }).id)

describe('a polling trigger reading newest first', () => {
  it('outputs every record oldest first on a first run from the beginning', async () => {
    const { runner } = setup()
    const { bundles, state } = await runner.pollTrigger('watch', { limit: 100 })
    expect(ids(bundles)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9'])
    expect(state).toEqual({ date: records[0]?.createdAt, id: 'r9' })
  })

  it('stops reading pages at the first processed record and outputs only newer ones', async () => {
    const { runner, received } = setup()
    const state = { date: records[2]?.createdAt as string, id: 'r7' }
    const result = await runner.pollTrigger('watch', { limit: 100 }, state)
    expect(ids(result.bundles)).toEqual(['r8', 'r9'])
    expect(received).toHaveLength(1)
  })

  it('outputs nothing and keeps its state when nothing is new', async () => {
    const { runner } = setup()
    const first = await runner.pollTrigger('watch', { limit: 100 })
    const second = await runner.pollTrigger('watch', { limit: 100 }, first.state)
    expect(second).toEqual({ bundles: [], state: first.state })
  })

  it('outputs the newest records up to the limit, oldest of them first', async () => {
    const { runner, received } = setup()
    const { bundles, state } = await runner.pollTrigger('watch', { limit: 4 })
    expect(ids(bundles)).toEqual(['r6', 'r7', 'r8', 'r9'])
    expect(state.id).toBe('r9')
    expect(received).toHaveLength(2)
  })

  it('starts "from now on" at the newest record, so only later records trigger', async () => {
    const { runner } = setup()
    const state = await runner.startTriggerFromNow('watch')
    expect(state).toEqual({ date: records[0]?.createdAt, id: 'r9' })
    const newer = { id: 'r10', createdAt: new Date(Date.UTC(2026, 10, 1, 0, 10)).toISOString() }
    const later = setup([newer, ...records])
    expect(ids((await later.runner.pollTrigger('watch', { limit: 10 }, state)).bundles)).toEqual(['r10'])
  })
})
