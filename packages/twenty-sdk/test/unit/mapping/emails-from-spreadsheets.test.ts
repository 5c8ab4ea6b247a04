import { describe, expect, it } from 'vitest'
import { toEmails } from '../../../src/mapping/index.js'

// Cells copied from web pages and Excel hyperlinks carry more than the address; stored as is, they never match the
// same person typed plainly, so deduplication by primary email silently misses them.
describe('toEmails on spreadsheet cells', () => {
  it('drops the mailto: of a hyperlinked cell, in the primary and additional addresses', () => {
    expect(toEmails('MAILTO:Linh@Example.com', 'mailto:sales@example.com')).toEqual({
      primaryEmail: 'linh@example.com',
      additionalEmails: ['sales@example.com'],
    })
  })

  it('drops zero-width spaces and byte-order marks pasted around or inside an address', () => {
    expect(toEmails('\u200blinh@example.com\u200b', 'sales\u200d@example.com\ufeff')).toEqual({
      primaryEmail: 'linh@example.com',
      additionalEmails: ['sales@example.com'],
    })
  })
})
