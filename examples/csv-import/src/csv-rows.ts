// The two CSV files of the migration, as exported by the previous CRM, and how they are read.
import { parse } from 'csv-parse/sync'

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

/**
 * Reads a CSV with a header line into one object per row. csv-parse handles what hand-rolled splitting gets
 * wrong: quoted commas (`"2,400,000.00"`), quotes inside quotes, line breaks in a cell and a byte-order mark.
 */
export function readCsv<TRow>(text: string): TRow[] {
  return parse(text, { columns: true, bom: true, trim: true, skip_empty_lines: true }) as TRow[]
}

/** The CSV line a row came from (the header is line 1), for messages a person can act on. */
export const csvLine = (index: number): number => index + 2
