import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { evaluateString } from '../../src/iml/evaluate.js'

const run = (text: string, variables: Record<string, unknown> = {}) => evaluateString(text, { variables })

describe('IML functions', () => {
  it('ifempty falls back on undefined, null, "" and [] but keeps 0 and false', () => {
    for (const empty of [undefined, null, '', []])
      expect(run("{{ifempty(p.v, 'x')}}", { p: { v: empty } })).toBe('x')
    for (const kept of [0, false]) expect(run("{{ifempty(p.v, 'x')}}", { p: { v: kept } })).toBe(kept)
  })

  it('if picks by truth and returns undefined for a missing branch value', () => {
    expect(run("{{if(p.v, 'yes', 'no')}}", { p: { v: 'x' } })).toBe('yes')
    expect(run("{{if(p.v, 'yes', undefined)}}", { p: {} })).toBeUndefined()
  })

  it('if and ifempty evaluate only the branch they return, so a guarded division cannot fail', () => {
    const units = '{{if(p.micros, p.micros / 1000000, if(p.micros = 0, 0, null))}}'
    expect(run(units, { p: { micros: 2_500_500_000 } })).toBe(2500.5)
    expect(run(units, { p: { micros: 0 } })).toBe(0)
    expect(run(units, { p: { micros: null } })).toBeNull()
    expect(run('{{ifempty(p.name, p.missing.deeper / 2)}}', { p: { name: 'kept' } })).toBe('kept')
  })

  it('capitalize puts the first character in upper case and leaves the rest as it is', () => {
    expect(run("{{capitalize(lower(replace(v, '/_/g', ' ')))}}", { v: 'IN_PROGRESS' })).toBe('In progress')
    expect(run('{{capitalize(v)}}', { v: 'mIXED' })).toBe('MIXED')
    expect(run('{{capitalize(v)}}', { v: '' })).toBe('')
  })

  it('omit and pick copy a collection without or with the named keys', () => {
    const p = { id: '1', name: 'n', stage: 'NEW' }
    expect(run("{{omit(p, 'id')}}", { p })).toEqual({ name: 'n', stage: 'NEW' })
    expect(run("{{pick(p, 'id', 'stage')}}", { p })).toEqual({ id: '1', stage: 'NEW' })
    expect(p).toEqual({ id: '1', name: 'n', stage: 'NEW' })
  })

  it('get reads dotted paths with 1-based array positions', () => {
    expect(run("{{get(b, 'items.2.id')}}", { b: { items: [{ id: 'a' }, { id: 'b' }] } })).toBe('b')
    expect(run('{{get(b, 1)}}', { b: ['first'] })).toBe('first')
  })

  it('toCollection builds headers from key/value rows and ignores a missing array', () => {
    const rows = [
      { key: 'x-a', value: '1' },
      { key: 'x-b', value: '2' },
    ]
    expect(run("{{toCollection(p.rows, 'key', 'value')}}", { p: { rows } })).toEqual({
      'x-a': '1',
      'x-b': '2',
    })
    expect(run("{{toCollection(p.rows, 'key', 'value')}}", { p: {} })).toEqual({})
  })

  it('replace treats /…/flags as a regular expression and other text literally', () => {
    expect(run("{{replace('https://crm.example.com//', '/[/]+$/', '')}}")).toBe('https://crm.example.com')
    expect(run("{{replace('a.b.c', '.', '-')}}")).toBe('a-b.c')
    expect(run("{{replace('<N> and <N>', '/<N>/g', 'x')}}")).toBe('x and x')
  })

  it('join, split, first, last and length work on arrays and text', () => {
    expect(run("{{join(p.m, '; ')}}", { p: { m: ['a', 'b'] } })).toBe('a; b')
    expect(run("{{join(p.m, '; ')}}", { p: {} })).toBe('')
    expect(run("{{last(split('person.created', '.'))}}")).toBe('created')
    expect(run("{{first(split('person.created', '.'))}}")).toBe('person')
    expect(run("{{length('abc')}}")).toBe(3)
  })

  it('contains looks for an item in an array or a substring in text', () => {
    expect(run("{{contains(p.a, 'x')}}", { p: { a: ['x'] } })).toBe(true)
    expect(run("{{contains('person.created', '.')}}")).toBe(true)
    expect(run("{{contains(p.missing, '.')}}", { p: {} })).toBe(false)
  })

  it('min and max skip empty arguments and accept numeric text', () => {
    expect(run('{{min(p.limit, 60)}}', { p: { limit: 500 } })).toBe(60)
    expect(run('{{min(p.limit, 60)}}', { p: { limit: '7' } })).toBe(7)
    expect(run('{{max(p.none, 3)}}', { p: {} })).toBe(3)
  })

  it('map keeps only the items whose filter key has one of the comma-separated values, when given them', () => {
    const emails = [
      { label: 'work', email: 'w@x.com' },
      { label: 'home', email: 'h@x.com' },
      { label: 'other', email: 'o@x.com' },
    ]
    expect(run("{{map(p.e, 'email')}}", { p: { e: emails } })).toEqual(['w@x.com', 'h@x.com', 'o@x.com'])
    expect(run("{{map(p.e, 'email', 'label', 'work,home')}}", { p: { e: emails } })).toEqual([
      'w@x.com',
      'h@x.com',
    ])
    expect(run("{{map(p.e, 'email', 'label', 'none')}}", { p: { e: emails } })).toEqual([])
  })

  it('distinct compares the named key of each item when given one, and keeps the first of each', () => {
    const people = [
      { id: '1', name: 'Ann' },
      { id: '2', name: 'Bob' },
      { id: '3', name: 'Ann' },
    ]
    expect(run("{{distinct(p.a, 'name')}}", { p: { a: people } })).toEqual([people[0], people[1]])
    expect(run('{{distinct(p.a)}}', { p: { a: [1, 2, 1] } })).toEqual([1, 2])
  })

  it('sha256 hashes in hex and becomes an HMAC when given a key', () => {
    expect(run("{{sha256('abc')}}")).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(run("{{sha256('1700000000000:{}', 'hex', 'secret')}}")).toBe(
      createHmac('sha256', 'secret').update('1700000000000:{}').digest('hex'),
    )
  })
})
