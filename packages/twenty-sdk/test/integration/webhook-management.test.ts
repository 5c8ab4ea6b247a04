import { describe, expect, it } from 'vitest'
import { TwentyNotFoundError, TwentyValidationError } from '../../src/index.js'
import { useSandbox } from './setup.js'

const ctx = useSandbox({ workspaceName: 'Acme Sales' })

describe('webhook management', () => {
  it('creates a webhook with a generated 64-hex-character secret and every event by default', async () => {
    const hook = await ctx.twenty.webhooks.create({ targetUrl: 'https://example.com/twenty' })
    expect(hook.secret).toMatch(/^[0-9a-f]{64}$/)
    expect(hook.operations).toEqual(['*.*'])
    expect((await ctx.twenty.webhooks.list()).map((item) => item.id)).toContain(hook.id)
  })

  it('rotates the secret and keeps the subscription', async () => {
    const hook = await ctx.twenty.webhooks.create({
      targetUrl: 'https://example.com/rotate',
      operations: ['task.updated'],
    })
    const rotated = await ctx.twenty.webhooks.rotateSecret(hook.id)
    expect(rotated.id).toBe(hook.id)
    expect(rotated.secret).not.toBe(hook.secret)
    expect((await ctx.twenty.webhooks.get(hook.id)).secret).toBe(rotated.secret)
  })

  it('deletes a webhook, answers true, then reports it not found', async () => {
    const hook = await ctx.twenty.webhooks.create({ targetUrl: 'https://example.com/delete' })
    expect(await ctx.twenty.webhooks.delete(hook.id)).toBe(true)
    await expect(ctx.twenty.webhooks.get(hook.id)).rejects.toBeInstanceOf(TwentyNotFoundError)
  })

  it('reports an unknown webhook as not found when updating it or rotating its secret, instead of returning null', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000'
    for (const call of [
      () => ctx.twenty.webhooks.rotateSecret(unknown),
      () => ctx.twenty.webhooks.update(unknown, { description: 'gone' }),
    ]) {
      await expect(call()).rejects.toMatchObject({ name: 'TwentyNotFoundError', code: 'WEBHOOK_NOT_FOUND' })
    }
  })

  it('refuses an ftp target, an empty secret and an unknown operation before sending anything', async () => {
    const before = (await ctx.twenty.webhooks.list()).length
    for (const input of [
      { targetUrl: 'ftp://example.com/hook' },
      { targetUrl: 'https://example.com/hook', secret: '' },
      { targetUrl: 'https://example.com/hook', operations: ['person.exploded' as const] },
    ]) {
      await expect(ctx.twenty.webhooks.create(input)).rejects.toBeInstanceOf(TwentyValidationError)
    }
    expect((await ctx.twenty.webhooks.list()).length).toBe(before)
  })

  it('names the workspace the key opens', async () => {
    const workspace = await ctx.twenty.workspace.current()
    expect(workspace.displayName).toBe('Acme Sales')
    expect(workspace.id).toMatch(/^[0-9a-f-]{36}$/)
  })
})
