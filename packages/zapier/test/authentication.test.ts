import { describe, expect, it } from 'vitest'
import { authentication } from '../src/authentication.js'
import { authFor, failureOf, run, useSandbox } from './helpers/app-tester.js'

const sandbox = useSandbox({ workspaceName: 'Saigon Coffee Roasters' })

describe('authentication', () => {
  it('accepts a valid key and names the workspace it opens', async () => {
    const workspace = await run<{ id: string; displayName: string }>(authentication.test, sandbox())
    expect(workspace).toEqual({ id: sandbox().workspace.id, displayName: 'Saigon Coffee Roasters' })
  })

  it('labels a self-hosted connection with the workspace name and the server host', async () => {
    const label = await run<string>(authentication.connectionLabel, sandbox(), {
      inputData: { id: sandbox().workspace.id, displayName: 'Saigon Coffee Roasters' },
    })
    expect(label).toBe(`Saigon Coffee Roasters (${new URL(sandbox().url).host})`)
  })

  it('reads a server URL typed without a scheme as https', async () => {
    const label = await run<string>(authentication.connectionLabel, sandbox(), {
      authData: { apiKey: 'any', baseUrl: 'crm.saigoncoffee.example' },
      inputData: { displayName: 'Saigon Coffee Roasters' },
    })
    expect(label).toBe('Saigon Coffee Roasters (crm.saigoncoffee.example)')
  })

  it('labels a Twenty Cloud connection with the workspace name alone', async () => {
    const label = await run<string>(authentication.connectionLabel, sandbox(), {
      authData: { apiKey: 'any', baseUrl: '' },
      inputData: { displayName: 'Saigon Coffee Roasters' },
    })
    expect(label).toBe('Saigon Coffee Roasters')
  })

  it('marks the connection stale on a revoked key, asks to reconnect and never shows the key', async () => {
    const key = sandbox().keys.create('Zapier key to revoke')
    sandbox().keys.revoke(key)
    const failure = run(authentication.test, sandbox(), { authData: authFor(sandbox(), key) })
    const error = await failureOf(failure)
    expect(error.name).toBe('ExpiredAuthError')
    expect(error.message).toContain('Token invalid.')
    expect(error.message).toContain('Reconnect')
    expect(error.message).not.toContain(key)
  })

  it("marks the connection stale on an expired key with Twenty's own message", async () => {
    const failure = run(authentication.test, sandbox(), {
      authData: authFor(sandbox(), sandbox().keys.expired),
    })
    expect(await failureOf(failure)).toMatchObject({
      name: 'ExpiredAuthError',
      message: expect.stringContaining('Token has expired.'),
    })
  })

  it('accepts a key pasted with its "Bearer " prefix, as Twenty\'s API docs show the header', async () => {
    const workspace = await run<{ id: string }>(authentication.test, sandbox(), {
      authData: authFor(sandbox(), `Bearer ${sandbox().apiKey}`),
    })
    expect(workspace.id).toBe(sandbox().workspace.id)
  })

  it('refuses a malformed server URL by its field label, before any request', async () => {
    const failure = run(authentication.test, sandbox(), {
      authData: { apiKey: sandbox().apiKey, baseUrl: 'ftp://crm.example.com' },
    })
    expect(await failureOf(failure)).toMatchObject({
      name: 'AppError',
      message: expect.stringContaining(
        'Nothing was sent to Twenty: Server URL: Expected an http or https URL',
      ),
    })
  })

  it('explains an unreachable server as a server URL problem', async () => {
    const failure = run(authentication.test, sandbox(), {
      authData: { apiKey: sandbox().apiKey, baseUrl: 'http://127.0.0.1:1' },
    })
    expect(await failureOf(failure)).toMatchObject({
      name: 'AppError',
      message: expect.stringContaining('Check the server URL'),
    })
  })
})
