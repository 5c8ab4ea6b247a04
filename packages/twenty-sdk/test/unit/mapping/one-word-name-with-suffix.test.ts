import { expect, it } from 'vitest'
import { toFullName } from '../../../src/mapping/index.js'

it('reads a single word followed by a generational suffix as a family name', () => {
  expect(toFullName('Smith, Jr')).toEqual({ firstName: '', lastName: 'Smith Jr' })
  expect(toFullName('Smith, III')).toEqual({ firstName: '', lastName: 'Smith III' })
  expect(toFullName('Smith Jr.')).toEqual({ firstName: '', lastName: 'Smith Jr.' })
  expect(toFullName('Nguyen Jr', { nameOrder: 'familyFirst' })).toEqual({
    firstName: '',
    lastName: 'Nguyen Jr',
  })
})

it('keeps a two-word name ending in a roman numeral as given and family name, since Ii is also a surname', () => {
  expect(toFullName('Naosuke Ii')).toEqual({ firstName: 'Naosuke', lastName: 'Ii' })
})
