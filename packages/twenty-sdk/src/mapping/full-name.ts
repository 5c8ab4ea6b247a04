import { trimBlank } from './blank-text.js'
import { describeValue, TwentyMappingError } from './mapping-error.js'

/**
 * Twenty's FULL_NAME composite field, as {@link toFullName} returns it: assignable to the
 * {@link index!FullNameInput | FullNameInput} of a record input, and stricter (both names always present, if empty).
 */
export interface FullNameValue {
  /** Given names, middle names included (Twenty has no middle-name field); empty only when `{ first }` was. */
  firstName: string
  /** The family name, with a suffix such as `Jr.`; empty for a one-word name or when `{ last }` was. */
  lastName: string
}

/** A name whose parts are already separate, e.g. two spreadsheet columns. */
export interface NameParts {
  /** The given name(s); blank or missing when the source has only a family name. */
  first?: string | null
  /** The family name; blank or missing when the source has only a given name. */
  last?: string | null
}

/** Options of {@link toFullName}. */
export interface FullNameOptions {
  /**
   * Where the family name sits in a name given as one string. `givenFirst` (default): the last word is the
   * family name ("Mary Jane Smith" → Mary Jane / Smith). `familyFirst`: the first word is, as in Vietnamese,
   * Chinese, Korean or Hungarian names ("Nguyen Van Linh" → Van Linh / Nguyen).
   */
  nameOrder?: 'givenFirst' | 'familyFirst'
  /** Field name used in a {@link TwentyMappingError}; defaults to `name`. */
  field?: string
}

// NFC: files saved on macOS often hold decomposed accents ("Nguye\u0302\u0303n"), which look the same but never
// match the composed form people type in a search.
const collapse = (text: string | null | undefined): string =>
  trimBlank((text ?? '').normalize('NFC')).replace(/\s+/g, ' ')

// Generational suffixes belong to the family name ("King Jr."); Twenty has no field of their own.
const SUFFIX = /^(jr|sr|jnr|snr|ii|iii|iv)\.?$/i
// Titles before a name and degrees after it are neither a given nor a family name, and Twenty has no field for them:
// kept, "Dr. John Smith" would be stored as given name "Dr. John", and "John Smith, PhD" read as "Family, Given".
// Vietnamese forms of address (Ông, Bà, Anh, Chị) are not in the list: each is also a family or given name.
const TITLE = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?$/i
const DEGREE = /^(phd|ph\.d|md|m\.d|mba|esq|dds|cpa)\.?$/i

// Drops leading titles and trailing degrees, keeping at least one word; `titled` tells whether a title was dropped.
function withoutTitles(words: string[]): { words: string[]; titled: boolean } {
  let start = 0
  let end = words.length
  while (end - start > 1 && TITLE.test(words[start] ?? '')) start++
  while (end - start > 1 && DEGREE.test(words[end - 1] ?? '')) end--
  return { words: words.slice(start, end), titled: start > 0 }
}

/**
 * Converts a name into Twenty's FULL_NAME field (`firstName`, `lastName`).
 *
 * A single string is split at one word, chosen by `nameOrder`, because Twenty has no middle-name field and the
 * family name is what people sort and search by; particles such as "van" cannot be told apart from given names, so
 * pass `{ first, last }` when the source has them separately. A one-word name becomes the first name. "Family,
 * Given" (`Smith, John`, as address books export) is read family name first whatever `nameOrder` says, and a suffix
 * such as `Jr.` stays with the family name: `Smith, Jr` and `Smith Jr.` are a family name alone. Leading titles
 * (`Mr`, `Mrs`, `Ms`, `Dr.`, `Prof.`, …) and trailing degrees (`PhD`, `MD`, `MBA`, …) are dropped, so `Dr. John
 * Smith, PhD` is John / Smith and `Mrs. Smith` a family name alone; Vietnamese forms of address such as `Ông` or
 * `Anh` are kept, since they are names too. Text is put in Unicode NFC. Whitespace is collapsed, and spaces or
 * invisible characters (U+200B, U+FEFF) at either end are dropped.
 *
 * @throws {@link TwentyMappingError} (code `MAPPING_FAILED`) for an empty name, text with more than one comma, or a
 * value that is neither text nor {@link NameParts} of text.
 *
 * @example
 * toFullName('Nguyen Van Linh', { nameOrder: 'familyFirst' }) // { firstName: 'Van Linh', lastName: 'Nguyen' }
 */
export function toFullName(input: string | NameParts, options: FullNameOptions = {}): FullNameValue {
  const refuse = (reason: string): TwentyMappingError =>
    new TwentyMappingError({
      field: options.field ?? 'name',
      value: input,
      message: `${describeValue(input)} is not a name: ${reason}`,
    })
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    for (const part of ['first', 'last'] as const) {
      const text = input[part]
      if (text !== undefined && text !== null && typeof text !== 'string') {
        throw refuse(`its ${part} name is not text`)
      }
    }
    const value = { firstName: collapse(input.first), lastName: collapse(input.last) }
    if (value.firstName === '' && value.lastName === '') throw refuse('both first and last name are empty')
    return value
  }
  if (typeof input !== 'string') throw refuse('expected text or { first, last }')
  const [before = '', ...after] = collapse(input).split(',')
  // "Smith, John, MBA" or "John Smith, PhD": a degree after a comma is dropped, not read as the given name.
  const commaParts = after.map(collapse).filter((part) => !DEGREE.test(part))
  // "King, Jr." is a suffix, not the "Family, Given" form.
  const suffix = commaParts.length > 0 && SUFFIX.test(commaParts.at(-1) ?? '') ? commaParts.pop() : undefined
  if (commaParts.length > 1) throw refuse('it has more than one comma; pass { first, last } instead')
  if (commaParts.length === 1) {
    // "Smith, John": the export form of address books and CRMs, family name first whatever nameOrder says.
    const given = withoutTitles((commaParts[0] ?? '').split(' ')).words
    // "King, Martin Luther Jr.": the suffix written after the given names still belongs to the family name.
    const trailing = given.length > 1 && SUFFIX.test(given.at(-1) ?? '') ? given.pop() : undefined
    const value = {
      firstName: given.join(' '),
      lastName: [collapse(before), trailing, suffix].filter(Boolean).join(' '),
    }
    if (value.firstName === '' && value.lastName === '') throw refuse('it is empty')
    return value
  }
  const named = withoutTitles(
    collapse(before)
      .split(' ')
      .filter((word) => word !== ''),
  )
  const words = [...named.words, ...(suffix ? [suffix] : [])]
  if (words.length === 0) throw refuse('it is empty')
  // "Smith, Jr" or "Smith Jr.": a suffix follows a family name, so the one word before it is one. Without a comma
  // only `Jr`/`Sr` say so: `Naosuke Ii` is a given and a family name, not a name and a numeral.
  const suffixed =
    suffix !== undefined
      ? named.words.length === 1
      : named.words.length === 2 && /^(jr|sr|jnr|snr)\.?$/i.test(named.words[1] ?? '')
  // "Mrs. Smith" or "Mr Smith Jr.": after a title, a single word is the family name.
  if (suffixed || (named.titled && named.words.length === 1))
    return { firstName: '', lastName: words.join(' ') }
  if (words.length === 1) return { firstName: words[0] ?? '', lastName: '' }
  if (options.nameOrder === 'familyFirst')
    return { firstName: words.slice(1).join(' '), lastName: words[0] ?? '' }
  const family = words.length > 2 && SUFFIX.test(words.at(-1) ?? '') ? 2 : 1
  return { firstName: words.slice(0, -family).join(' '), lastName: words.slice(-family).join(' ') }
}
