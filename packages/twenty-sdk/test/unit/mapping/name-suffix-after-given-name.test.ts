import { expect, it } from 'vitest'
import { toFullName } from '../../../src/mapping/index.js'

it('keeps a suffix written after the given names of "Family, Given" with the family name', () => {
  expect(toFullName('King, Martin Luther Jr.')).toEqual({ firstName: 'Martin Luther', lastName: 'King Jr.' })
  expect(toFullName('Smith, John III')).toEqual({ firstName: 'John', lastName: 'Smith III' })
})
