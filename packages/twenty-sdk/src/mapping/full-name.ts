import { describeValue, TwentyMappingError } from './mapping-error.js'

/** Twenty's FULL_NAME composite field. */
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
  (text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ')

// Generational suffixes belong to the family name ("King Jr."); Twenty has no field of their own.
const SUFFIX = /^(jr|sr|jnr|snr|ii|iii|iv)\.?$/i

/**
 * Converts a name into Twenty's FULL_NAME field (`firstName`, `lastName`).
 *
 * A single string is split at one word, chosen by `nameOrder`, because Twenty has no middle-name field and the
 * family name is what people sort and search by; particles such as "van" cannot be told apart from given names, so
 * pass `{ first, last }` when the source has them separately. A one-word name becomes the first name. "Family,
 * Given" (`Smith, John`, as address books export) is read family name first whatever `nameOrder` says, and a suffix
 * such as `Jr.` stays with the family name. Text is put in Unicode NFC. Whitespace is collapsed.
 *
 * @throws {@link TwentyMappingError} (code `MAPPING_FAILED`) for an empty name, text with more than one comma, or a
 * value that is neither text nor {@link NameParts}.
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
    const value = { firstName: collapse(input.first), lastName: collapse(input.last) }
    if (value.firstName === '' && value.lastName === '') throw refuse('both first and last name are empty')
    return value
  }
  if (typeof input !== 'string') throw refuse('expected text or { first, last }')
  const [before = '', ...after] = collapse(input).split(',')
  const commaParts = after.map(collapse)
  // "King, Jr." is a suffix, not the "Family, Given" form.
  const suffix = commaParts.length > 0 && SUFFIX.test(commaParts.at(-1) ?? '') ? commaParts.pop() : undefined
  if (commaParts.length > 1) throw refuse('it has more than one comma; pass { first, last } instead')
  if (commaParts.length === 1) {
    // "Smith, John": the export form of address books and CRMs, family name first whatever nameOrder says.
    const value = {
      firstName: commaParts[0] ?? '',
      lastName: [collapse(before), suffix].filter(Boolean).join(' '),
    }
    if (value.firstName === '' && value.lastName === '') throw refuse('it is empty')
    return value
  }
  const words = [...collapse(before).split(' '), ...(suffix ? [suffix] : [])].filter((word) => word !== '')
  if (words.length === 0) throw refuse('it is empty')
  if (words.length === 1) return { firstName: words[0] ?? '', lastName: '' }
  if (options.nameOrder === 'familyFirst')
    return { firstName: words.slice(1).join(' '), lastName: words[0] ?? '' }
  const family = words.length > 2 && SUFFIX.test(words.at(-1) ?? '') ? 2 : 1
  return { firstName: words.slice(0, -family).join(' '), lastName: words.slice(-family).join(' ') }
}
