import { describeValue, TwentyMappingError } from './mapping-error.js'

/** Twenty's FULL_NAME composite field. */
export interface FullNameValue {
  firstName: string
  lastName: string
}

/** A name whose parts are already separate, e.g. two spreadsheet columns. */
export interface NameParts {
  first?: string | null
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

const collapse = (text: string | null | undefined): string => (text ?? '').trim().replace(/\s+/g, ' ')

/**
 * Converts a name into Twenty's FULL_NAME field (`firstName`, `lastName`).
 *
 * A single string is split at one word, chosen by `nameOrder`, because Twenty has no middle-name field and the
 * family name is what people sort and search by; particles such as "van" cannot be told apart from given names,
 * so pass `{ first, last }` when the source has them separately. A one-word name becomes the first name.
 * Whitespace is collapsed; an empty name throws a {@link TwentyMappingError}.
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
  const words = collapse(input)
    .split(' ')
    .filter((word) => word !== '')
  if (words.length === 0) throw refuse('it is empty')
  if (words.length === 1) return { firstName: words[0] ?? '', lastName: '' }
  return options.nameOrder === 'familyFirst'
    ? { firstName: words.slice(1).join(' '), lastName: words[0] ?? '' }
    : { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) ?? '' }
}
