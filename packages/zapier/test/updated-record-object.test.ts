import { describe, expect, it } from 'vitest'
import App from '../src/index.js'
import { failureOf, run, twentyOf, useSandbox } from './helpers/app-tester.js'

const sandbox = useSandbox()
const { updated_record: updatedRecord } = App.triggers

describe('Updated Record on an object Twenty does not have', () => {
  it('refuses to subscribe to a misspelt object, instead of turning on a Zap that never fires', async () => {
    const failure = await failureOf(
      run(updatedRecord.operation.performSubscribe, sandbox(), {
        inputData: { object: 'compnay' },
        targetUrl: 'https://hooks.zapier.com/hooks/standard/1/abc',
      }),
    )
    expect(failure.message).toMatch(/Object: .*compnay.*singular\/plural/)
    expect(await twentyOf(sandbox()).webhooks.list()).toEqual([])
  })
})
