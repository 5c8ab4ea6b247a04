import { readdir, readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { twentyApp } from '../../src/definition/twenty-app.js'

// The runner methods that exercise each kind of component, as the end-to-end tests call them.
const CALLS = {
  module: ['runModule', 'pollTrigger', 'startTriggerFromNow', 'epoch', 'startHookReceiver'],
  rpc: ['runRpc'],
  webhook: ['attachWebhook', 'startHookReceiver'],
}

describe('end-to-end coverage', () => {
  it('runs every module, RPC and webhook of the app against the sandbox somewhere in test/e2e', async () => {
    const dir = new URL('./', import.meta.url)
    const files = (await readdir(dir)).filter((name) => name.endsWith('.e2e.test.ts'))
    const source = (await Promise.all(files.map((name) => readFile(new URL(name, dir), 'utf8')))).join('\n')
    const exercised = (calls: string[], id: string) =>
      calls.some((call) => new RegExp(`${call}\\([^)]*'${id}'`).test(source))
    const missing = [
      ...twentyApp.modules
        .filter((module) => !exercised(CALLS.module, module.id))
        .map((module) => `module ${module.id}`),
      ...twentyApp.rpcs.filter((rpc) => !exercised(CALLS.rpc, rpc.id)).map((rpc) => `rpc ${rpc.id}`),
      ...twentyApp.webhooks
        .filter((hook) => !exercised(CALLS.webhook, hook.id))
        .map((hook) => `webhook ${hook.id}`),
    ]
    expect(missing).toEqual([])
  })
})
