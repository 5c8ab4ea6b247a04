import { describe, expect, it } from 'vitest'
import { checkMutations } from './mutation-property.js'

describe('mutated deliveries (property-based)', () => {
  it('never accepts a delivery with one mutated byte, nibble, timestamp, secret or header, and never crashes', () => {
    const counts = checkMutations(20_000)
    expect(counts).toMatchObject({ runs: 20_000, falseAccepts: 0, crashes: 0 })
    // The unmutated deliveries are random bytes: all pass the signature, then most fail JSON parsing.
    expect(counts.validAccepted).toBe(20_000)
  }, 60_000)
})
