// What a cell holds when it looks empty. Text copied from web pages, PDFs and some exports carries characters that
// show nothing: zero-width spaces (U+200B), byte-order marks (U+FEFF), no-break spaces (U+00A0), direction marks.
// `String.prototype.trim` removes the spaces among them but not the rest, so a cell that looks blank would be
// written as a value. Inner ones are kept: zero-width joiners belong inside Persian or Indic names.

/** White space and Unicode's default-ignorable code points, which render as nothing. */
const EDGES = /^[\s\p{Default_Ignorable_Code_Point}]+|[\s\p{Default_Ignorable_Code_Point}]+$/gu

/** `text` without the white space and invisible characters at its ends. */
export const trimBlank = (text: string): string => text.replace(EDGES, '')

/** Whether a value is what a field map and the mapping helpers read as an empty cell. */
export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && trimBlank(value) === '')
