import { expect, it } from 'vitest'
import {
  applyFieldMap,
  defineFieldMap,
  toEmails,
  toFullName,
  toLinks,
  toPhones,
} from '../../../src/mapping/index.js'

// Zero-width space, byte-order mark, no-break space, word joiner, left-to-right mark, soft hyphen, Hangul filler.
const INVISIBLE_CELLS = ['\u200b', '\ufeff', '\u00a0', ' \u200b\u2060 ', '\u200e', '\u00ad', '\u3164']

type Row = { city?: string; name?: string }

it('treats a cell of only invisible or space characters as blank in a field map', () => {
  const map = defineFieldMap<Row, { city?: string; name: string }>({
    city: { from: 'city' },
    name: { from: 'name', default: 'Unknown' },
  })
  for (const cell of INVISIBLE_CELLS) {
    expect(applyFieldMap(map, { city: cell, name: cell })).toEqual({ ok: true, value: { name: 'Unknown' } })
  }
  const required = defineFieldMap<Row, { city: string }>({ city: { from: 'city', required: true } })
  expect(applyFieldMap(required, { city: '\u200b' })).toMatchObject({
    ok: false,
    errors: [{ field: 'city' }],
  })
})

it('skips invisible additional phone numbers and secondary links like empty cells', () => {
  const phones = toPhones('+84 912 345 678', { additional: ['\u200b', '\ufeff\u00a0'] })
  expect(phones).not.toHaveProperty('additionalPhones')
  const links = toLinks('example.com', { secondaryLinks: ['\u200b', '\u2060'] })
  expect(links).not.toHaveProperty('secondaryLinks')
})

it('refuses a name of only invisible characters as empty, and drops an invisible name part', () => {
  expect(() => toFullName('\u200b\u200b')).toThrow(/it is empty/)
  expect(toFullName({ first: '\u200b', last: 'Smith\u200b' })).toEqual({ firstName: '', lastName: 'Smith' })
})

it('leaves additional emails out when the cell holds only invisible characters', () => {
  expect(toEmails('linh@example.com', '\u200e\u00a0')).toEqual({ primaryEmail: 'linh@example.com' })
  expect(toEmails('linh@example.com', ['\u200b', '\u2060'])).toEqual({ primaryEmail: 'linh@example.com' })
})
