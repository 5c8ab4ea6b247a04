import { expect, it } from 'vitest'
import { toPhones } from '../../../src/mapping/index.js'

it('drops additional numbers equal to the primary or to each other, however they are written', () => {
  const phones = toPhones('0912 345 678', {
    defaultCountry: 'VN',
    additional: ['+84 912 345 678', '0987 654 321', '+84987654321', '0084 987 654 321'],
  })
  expect(phones.additionalPhones).toEqual([{ number: '987654321', countryCode: 'VN', callingCode: '+84' }])
})

it('keeps an empty additional list when its only number is the primary, so an update clears the duplicate', () => {
  const phones = toPhones('+84 912 345 678', { additional: ['0912345678'], defaultCountry: 'VN' })
  expect(phones.additionalPhones).toEqual([])
})
