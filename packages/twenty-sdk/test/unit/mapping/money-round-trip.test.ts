import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromMicros, toMoney } from '../../../src/mapping/money.js'

// A double prints back any decimal of up to 15 significant digits, so for micros up to 10^15 (a billion units
// with six decimals) `String(micros / 1e6)` is exactly that decimal, never exponent notation (|x| >= 1e-6).
const MAX_MICROS = 10 ** 15

describe('money round trip', () => {
  it('turns any decimal with at most 6 places into micros and back without changing its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_MICROS, max: MAX_MICROS }), (micros) => {
        const amount = micros / 1_000_000
        const money = toMoney(String(amount), 'USD')
        expect(money.amountMicros).toBe(micros)
        expect(fromMicros(money.amountMicros)).toBe(String(amount))
        expect(toMoney(amount, 'USD').amountMicros).toBe(micros)
      }),
      { numRuns: 2000 },
    )
  })

  it('reads back the exact text it prints for any safe number of micros', () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (micros) => {
        expect(toMoney(fromMicros(micros), 'EUR').amountMicros).toBe(micros)
      }),
      { numRuns: 2000 },
    )
  })
})
