// Filters the compiler writes, read back with a model of Twenty's whole REST filter parser (root conjunction,
// parse-filter-content, parse-base-filter, format-field-values), so a test fails when Twenty would read a compiled
// filter differently from the typed filter it came from.
import { describe, expect, it } from 'vitest'
import { splitAsTwenty, unquotedAsTwenty } from '../../src/filters/twenty-filter-reading.js'
import { compileFilter, TwentyValidationError } from '../../src/index.js'

// Twenty's ROOT_FILTER_CONJUNCTION_REGEX and parseBaseFilter's pattern, without the `s` flag as in Twenty.
const ROOT = /^(or|and|not)\((.+)\)$/
const BASE = /^(.+)\[(.+)\]:(.+)$/

type Read = { [key: string]: unknown }

function readAsTwenty(filter: string): Read {
  return readGroup(ROOT.test(filter) ? filter : `and(${filter})`)
}

function readGroup(text: string): Read {
  const match = ROOT.exec(text)
  if (match) {
    const parts = splitAsTwenty(text).map(readGroup)
    return match[1] === 'not' ? { not: parts[0] } : { [match[1] as string]: parts }
  }
  if (!BASE.test(text)) throw new Error(`400: 'filter' invalid for '${text}'`)
  const bracket = text.indexOf('[')
  const close = text.indexOf(']', bracket)
  const comparator = text.slice(bracket + 1, close)
  const value = text.slice(text.indexOf(':', close) + 1)
  const read =
    comparator === 'in' || comparator === 'containsAny'
      ? value.slice(1, -1).split(',').map(unquotedAsTwenty)
      : comparator === 'is'
        ? value
        : unquotedAsTwenty(value)
  return text
    .slice(0, bracket)
    .split('.')
    .reverse()
    .reduce<Read>((inner, field) => ({ [field]: inner }), { [comparator]: read })
}

describe('compiled filters as Twenty reads them', () => {
  it('keeps a condition after a leading or(…) group when the filter ends with a group, as Twenty reads the root', () => {
    const filter = compileFilter({
      or: [{ stage: { eq: 'A' } }, { stage: { eq: 'B' } }],
      not: { city: { eq: 'X' } },
    })
    expect(readAsTwenty(filter)).toEqual({
      and: [{ or: [{ stage: { eq: 'A' } }, { stage: { eq: 'B' } }] }, { not: { city: { eq: 'X' } } }],
    })
  })

  it('keeps two top-level groups apart: or(…) and and(…) are not read as one or(…)', () => {
    const filter = compileFilter({
      or: [{ city: { eq: 'Hanoi' } }, { city: { eq: 'Hue' } }],
      and: [{ jobTitle: { eq: 'CEO' } }, { employees: { gte: 5 } }],
    })
    expect(readAsTwenty(filter)).toEqual({
      and: [
        { or: [{ city: { eq: 'Hanoi' } }, { city: { eq: 'Hue' } }] },
        { and: [{ jobTitle: { eq: 'CEO' } }, { employees: { gte: '5' } }] },
      ],
    })
  })

  it('refuses an empty in list, which Twenty reads as a list holding the empty string', () => {
    // `name[in]:[]` is split into [''] by format-field-values, so it would match every record with an empty name.
    expect(() => compileFilter({ name: { in: [] } })).toThrow(TwentyValidationError)
  })

  it.each([
    ['a line feed', 'Acme\nInc'],
    ['a carriage return', 'Acme\r'],
    ['a line separator', 'Acme\u2028Inc'],
  ])("refuses a value with %s, which Twenty's filter patterns cannot match", (_, value) => {
    expect(() => readAsTwenty(`name[eq]:"${value}"`)).toThrow(/400/)
    expect(() => compileFilter({ name: { eq: value } })).toThrow(TwentyValidationError)
    expect(() => compileFilter({ name: { in: [value] } })).toThrow(TwentyValidationError)
  })

  it('still writes a filter of plain conditions without a root group', () => {
    expect(compileFilter({ stage: { eq: 'A' }, not: { city: { eq: 'X' } } })).toBe(
      'stage[eq]:"A",not(city[eq]:"X")',
    )
  })
})
