import { describe, expect, it } from 'vitest'
import { advance, compareKeys, isUnprocessed, triggerKey } from '../../src/runner/trigger-state.js'

const key = (date: string, id: string) => ({ date, time: Date.parse(date), id })

describe('polling-trigger bookkeeping', () => {
  it('treats everything as new when nothing was processed yet', () => {
    expect(isUnprocessed(key('2020-01-01T00:00:00Z', 'a'), {})).toBe(true)
  })

  it('treats later dates as new and earlier ones as processed', () => {
    const state = { date: '2026-11-20T10:00:00.000Z', id: 'm' }
    expect(isUnprocessed(key('2026-11-20T10:00:01.000Z', 'a'), state)).toBe(true)
    expect(isUnprocessed(key('2026-11-20T09:59:59.000Z', 'z'), state)).toBe(false)
  })

  it('breaks a tie on the same date by id, so the remembered item itself is not new', () => {
    const state = { date: '2026-11-20T10:00:00.000Z', id: 'm' }
    expect(isUnprocessed(key('2026-11-20T10:00:00.000Z', 'n'), state)).toBe(true)
    expect(isUnprocessed(key('2026-11-20T10:00:00.000Z', 'm'), state)).toBe(false)
  })

  it('treats a date-only state (from "Choose where to start") as "newer than this date"', () => {
    expect(isUnprocessed(key('2026-11-20T10:00:00.000Z', 'a'), { date: '2026-11-20T10:00:00.000Z' })).toBe(
      false,
    )
    expect(isUnprocessed(key('2026-11-20T10:00:00.001Z', 'a'), { date: '2026-11-20T10:00:00.000Z' })).toBe(
      true,
    )
  })

  it('sorts by date then id, and remembers the newest processed item', () => {
    const keys = [
      key('2026-01-02T00:00:00Z', 'b'),
      key('2026-01-01T00:00:00Z', 'z'),
      key('2026-01-02T00:00:00Z', 'a'),
    ]
    keys.sort(compareKeys)
    expect(keys.map((k) => k.id)).toEqual(['z', 'a', 'b'])
    expect(advance({}, keys)).toEqual({ date: '2026-01-02T00:00:00Z', id: 'b' })
    expect(advance({ date: 'x', id: 'y' }, [])).toEqual({ date: 'x', id: 'y' })
  })

  it('reads id and date with the trigger IML and refuses an item without a date', () => {
    const trigger = {
      type: 'date' as const,
      order: 'desc' as const,
      id: '{{item.id}}',
      date: '{{item.createdAt}}',
    }
    const scope = (item: unknown) => ({ variables: { item } })
    expect(triggerKey(trigger, scope({ id: 'a', createdAt: '2026-01-01T00:00:00.000Z' }))).toEqual({
      id: 'a',
      date: '2026-01-01T00:00:00.000Z',
      time: Date.parse('2026-01-01T00:00:00.000Z'),
    })
    expect(() => triggerKey(trigger, scope({ id: 'a' }))).toThrow('The trigger date of item a is not a date')
  })
})
