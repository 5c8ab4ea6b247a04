import { describe, expect, it } from 'vitest'
import { readCsv } from '../src/csv-rows.js'

describe('reading a CSV export', () => {
  it('gives each row the file line it starts on, across quoted cells with LF or CRLF line breaks', () => {
    const text = [
      'Name,Notes',
      'An,"met at the fair',
      'wants a demo"',
      '',
      'Bích,short',
      'Cường,"line one\r\nline two\r\nline three"',
      'Emily,last',
    ].join('\r\n')

    const { rows, lines } = readCsv<{ Name: string }>(text)

    expect(rows.map((row) => row.Name)).toEqual(['An', 'Bích', 'Cường', 'Emily'])
    expect(lines).toEqual([2, 5, 6, 9])
  })
})
