// The two CSV files of the migration, as exported by the previous CRM, and how they are read.
import { CsvError, parse } from 'csv-parse/sync'

export interface CompanyRow {
  Name: string
  Website: string
  City: string
  Country: string
  'Annual revenue': string
  Currency: string
  'Last modified': string
}

export interface PersonRow {
  'Full name': string
  Email: string
  Phone: string
  /** ISO country code: how to read a national phone number, and which way round the name is written. */
  Country: string
  City: string
  'Job title': string
  'Company website': string
  'Last modified': string
}

/** The old CRM wrote "Last modified" in its own local time, without an offset. */
export const EXPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** A CSV file's rows, and for each the file line it starts on (the header is line 1). */
export interface CsvFile<TRow> {
  rows: TRow[]
  /** `lines[index]` is where `rows[index]` starts, for messages a person can act on. */
  lines: number[]
}

/** A file that cannot be read as rows of the header's columns (a short row, an unclosed quote): nothing is imported. */
export class CsvFormatError extends Error {
  override readonly name = 'CsvFormatError'
}

/**
 * Reads a CSV with a header line into one object per row. csv-parse handles what hand-rolled splitting gets
 * wrong: quoted commas (`"2,400,000.00"`), quotes inside quotes, line breaks in a cell and a byte-order mark.
 * Because a cell may span lines, a row's line is read from csv-parse, not computed from its index. Rows whose
 * cells are all empty (`,,,,`, what Excel saves for a row whose contents were deleted) are left out, not failed.
 * Throws a {@link CsvFormatError} naming the line when the file is not a CSV of the header's columns.
 */
export function readCsv<TRow>(text: string): CsvFile<TRow> {
  let parsed: { record: TRow; info: { lines: number } }[]
  try {
    parsed = parse(text, {
      columns: true,
      bom: true,
      delimiter: headerDelimiter(text),
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      info: true,
    })
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const { code, lines, record, columns } = error as CsvError & { record?: unknown[]; columns?: unknown[] }
    const reason =
      code === 'CSV_RECORD_INCONSISTENT_COLUMNS'
        ? `it has ${record?.length} cells where the header has ${columns?.length}`
        : error.message
    throw new CsvFormatError(`line ${lines}: ${reason}`, { cause: error })
  }
  // csv-parse's `info.lines` is the line a row ends on, and it counts a CRLF inside a quoted cell as two lines:
  // taking away the row's own line breaks, and the extra count of earlier CRLFs, gives the line it starts on.
  let extra = 0
  const lines = parsed.map(({ record, info }) => {
    const cells = Object.values(record as Record<string, string>).join('\u0000')
    const line = info.lines - extra - (cells.match(/[\r\n]/g)?.length ?? 0)
    extra += cells.match(/\r\n/g)?.length ?? 0
    return line
  })
  return { rows: parsed.map(({ record }) => record), lines }
}

/**
 * Excel saves "CSV" with semicolons wherever the decimal separator is a comma (Vietnam, most of Europe), so the
 * delimiter is read from the header line: with a comma assumed, every row of such a file would lack every column.
 */
function headerDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.split(/\r?\n/, 1)[0] ?? ''
  const count = (delimiter: string) => header.split(delimiter).length
  const candidates = [',', ';', '\t'] as const
  return candidates.reduce((best, delimiter) => (count(delimiter) > count(best) ? delimiter : best))
}
