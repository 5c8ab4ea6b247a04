import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { run, twentyOf, useSandbox } from './helpers/app-tester.js'
import { type CursorRpc, runPage, startCursorRpc } from './helpers/cursor-rpc.js'
import { type RequestRecorder, startRecorder } from './helpers/request-recorder.js'

type Choice = { id: string; name?: string }

const COMPANY_DROPDOWN = 'triggers.list_companies.operation.perform'
// 120 companies: three dropdown pages of 50, 50 and 20, by name.
const NAMES = Array.from({ length: 120 }, (_, index) => `Company ${String(index).padStart(3, '0')}`)
const sandbox = useSandbox()
let recorder: RequestRecorder
let rpc: CursorRpc
let session = 0
let storeKey = ''

beforeAll(async () => {
  await twentyOf(sandbox()).companies.createMany(NAMES.map((name) => ({ name })))
  recorder = await startRecorder(sandbox())
  rpc = await startCursorRpc()
})

afterAll(async () => {
  await recorder?.close()
  await rpc?.close()
})

beforeEach(() => {
  // A new dropdown session: nothing stored for it yet.
  storeKey = `dropdown-${++session}`
})

/** Page `page` of the company dropdown in this test's session, with the list requests it sent. */
async function page(index: number): Promise<{ names: (string | undefined)[]; lists: number }> {
  const before = recorder.requests.length
  const choices = await runPage<Choice[]>(COMPANY_DROPDOWN, recorder, rpc, storeKey, index)
  const lists = recorder.requests
    .slice(before)
    .filter((request) => request.method === 'GET' && request.path === '/rest/companies').length
  return { names: choices.map((choice) => choice.name), lists }
}

describe('dynamic dropdowns page by the cursor the previous page stored', () => {
  it('list every company once, in order, over pages 0, 1 and 2', async () => {
    const pages = [await page(0), await page(1), await page(2)]
    expect(pages.flatMap((read) => read.names)).toEqual(NAMES)
  })

  it('read page 2 with a single list request once page 1 stored its cursor', async () => {
    await page(0)
    await page(1)
    const third = await page(2)
    expect(third.lists).toBe(1)
    expect(third.names).toEqual(NAMES.slice(100))
  })

  it('answer the page after the last with no choices and no request', async () => {
    await page(0)
    await page(1)
    await page(2)
    expect(await page(3)).toEqual({ names: [], lists: 0 })
  })

  it('walk from the first page when no cursor is stored (expired), and still show page 2', async () => {
    const third = await page(2)
    expect(third.names).toEqual(NAMES.slice(100))
    expect(third.lists).toBe(3)
  })

  it('walk from the first page when the runtime offers no cursor store, and still show page 2', async () => {
    const third = await run<Choice[]>(App.triggers.list_companies.operation.perform, sandbox(), {
      meta: { page: 2 },
    })
    expect(third.map((choice) => choice.name)).toEqual(NAMES.slice(100))
  })

  it('show page 1 again, not page 2, when Zapier asks for page 1 a second time', async () => {
    await page(0)
    const first = await page(1)
    expect(await page(1)).toEqual({ ...first, lists: 2 })
    expect(first.names).toEqual(NAMES.slice(50, 100))
  })
})
