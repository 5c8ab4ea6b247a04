import { compileFilter } from 'twenty-sdk'
import { describe, expect, it } from 'vitest'
import { FILTER_TEXT_PATTERN } from '../../src/definition/twenty/filter-text.js'

// Search People and Search Companies put the user's text into Twenty's filter string, which has no escapes. The
// SDK's filter compiler decides what a value can be quoted as; their Name fields' pattern must refuse exactly what
// the compiler refuses, except nested parentheses, which the pattern (a regular expression, so without counting)
// also refuses.
const accepts = (name: string) => new RegExp(FILTER_TEXT_PATTERN).test(name)
const sdkAccepts = (name: string) => {
  try {
    compileFilter({ name: { firstName: { ilike: `%${name}%` } } })
    return true
  } catch {
    return false
  }
}

describe("The searches' Name pattern and the SDK's filter compiler", () => {
  it.each([
    'Linh',
    'Nguyễn Thị',
    "O'Brien",
    'Kim "KJ" Lee',
    `O'Neil "Kim"`,
    'Lan (Sales)',
    'Lan (Sales) (VN)',
    'Lan (Sales',
    'Lan Sales)',
    ')Lan(',
    'Lan [VN]',
    'Lan [VN',
    'Lan ]VN[',
    'Lan [[VN]]',
    'line\nbreak (x)',
    '',
  ])('agrees on %j', (name) => {
    expect(accepts(name)).toBe(sdkAccepts(name))
  })

  it('refuses nested parentheses, which the SDK would quote', () => {
    expect(sdkAccepts('Lan (Sales (VN))')).toBe(true)
    expect(accepts('Lan (Sales (VN))')).toBe(false)
  })
})
