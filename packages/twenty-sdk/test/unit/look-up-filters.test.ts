import { describe, expect, it } from 'vitest'
import { lookUpFilters } from '../../src/bulk/look-up.js'

const operators = (value: string, keyBy: string) =>
  lookUpFilters(value, keyBy).map((filter) => Object.keys(Object.values(filter)[0] as object)[0])

describe('the conditions importMany looks a key up with', () => {
  it('adds an ilike for a text key, so a key that differs only in case is found', () => {
    expect(operators('ACME renewal 2026', 'name')).toContain('ilike')
  })

  it('keeps to eq for keys with no case, which Twenty would refuse ilike on as number, uuid or id fields', () => {
    expect(operators('100234', 'externalNumber')).not.toContain('ilike')
    expect(operators('0b9a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', 'externalRef')).not.toContain('ilike')
    expect(operators('ab12', 'companyId')).not.toContain('ilike')
  })
})
