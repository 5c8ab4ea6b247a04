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

  it('reads a semicolon-delimited Excel export with a BOM and CRLF line breaks into named columns', () => {
    const text =
      '\uFEFFName;Website;Annual revenue\r\nSaigon Coffee Roasters;saigonroasters.example;"8.500.000.000"\r\nBay Area Bikes, Inc.;bayareabikes.example;2400000\r\n'

    const { rows, lines } = readCsv<Record<string, string>>(text)

    expect(rows).toEqual([
      {
        Name: 'Saigon Coffee Roasters',
        Website: 'saigonroasters.example',
        'Annual revenue': '8.500.000.000',
      },
      { Name: 'Bay Area Bikes, Inc.', Website: 'bayareabikes.example', 'Annual revenue': '2400000' },
    ])
    expect(lines).toEqual([2, 3])
  })

  it('leaves out the rows Excel saves with every cell empty, keeping the lines of the rows after them', () => {
    const text = ['Name,Website', 'An,an.example', ',', ' , ', 'Bích,bich.example'].join('\r\n')

    const { rows, lines } = readCsv<{ Name: string }>(text)

    expect(rows.map((row) => row.Name)).toEqual(['An', 'Bích'])
    expect(lines).toEqual([2, 5])
  })
})
