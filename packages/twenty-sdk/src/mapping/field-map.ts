import { isBlank } from './blank-text.js'

// Field maps turn one source row (a CSV line, an API payload) into one Twenty record, collecting every field's
// problem instead of stopping at the first, so an import report can tell a user everything to fix at once.

type Present<T> = Exclude<T, null | undefined>

interface RuleOptions<Value> {
  /** Used when the source value is missing, `null` or blank text. Shared by every row: do not mutate it. */
  default?: Value
  /** When true, a missing value without a default is an error; otherwise the target field is left out. */
  required?: boolean
}

/**
 * Reads a source key, one rule per possible key, so `from: 'phone'` gives `transform` the type of `row.phone`.
 * Without `transform` the source value must already have the target's type.
 */
type KeyRule<Source, Value> = {
  [Key in keyof Source & string]:
    | (RuleOptions<Value> & {
        from: Key
        /** Turns the present source value into the target value; throw (e.g. a `TwentyMappingError`) to refuse it. */
        transform: (value: Present<Source[Key]>, row: Source) => Value
      })
    | (Present<Source[Key]> extends Value ? RuleOptions<Value> & { from: Key; transform?: undefined } : never)
}[keyof Source & string]

/** Computes the value from the whole row, e.g. a full name from two columns; may throw to refuse the row's value. */
type ComputedRule<Source, Value> = RuleOptions<Value> & {
  from: (row: Source) => Value | null | undefined
  transform?: undefined
}

/** How to fill one target field: from a source key (with an optional `transform`) or from the whole row. */
export type FieldRule<Source, Value> = KeyRule<Source, Value> | ComputedRule<Source, Value>

/**
 * One rule per target field. A field the target type requires needs `required: true` or a `default`, so a
 * successful result really has the target type; optional target fields may have no rule at all.
 */
export type FieldMapSpec<Source, Target> = {
  [Key in keyof Target]: Record<never, never> extends Pick<Target, Key>
    ? FieldRule<Source, Present<Target[Key]>>
    : FieldRule<Source, Present<Target[Key]>> &
        (
          | {
              /** The target requires this field: a row without a value fails. */
              required: true
            }
          | {
              /** The target requires this field: rows without a value get this one. */
              default: Present<Target[Key]>
            }
        )
}

/**
 * A checked set of rules from `Source` rows to `Target` records; build it with {@link defineFieldMap}, apply it with
 * {@link applyFieldMap}, or pass it as `map` to `importMany`, which applies it to every row.
 */
export interface FieldMap<Source, Target> {
  /** The rules as given to {@link defineFieldMap}, frozen. */
  readonly rules: Readonly<FieldMapSpec<Source, Target>>
}

/** Why one field of one row could not be mapped. */
export interface FieldMapError {
  /** The target field, e.g. `phones`. */
  field: string
  /** What was wrong, from the transform's error or the map itself. */
  message: string
  /** The raw source value (`undefined` when it was missing). */
  value: unknown
}

/** Either the mapped record or every field error of the row; never thrown. Test `ok` to tell them apart. */
export type FieldMapResult<Target> =
  | {
      /** The row mapped. */
      ok: true
      /** The record input, with only the fields that had a value or a default. */
      value: Target
    }
  | {
      /** The row did not map. */
      ok: false
      /** Every field that failed, not only the first; never empty. */
      errors: FieldMapError[]
    }

interface LooseRule {
  from: string | ((row: unknown) => unknown)
  transform?: (value: unknown, row: unknown) => unknown
  default?: unknown
  required?: boolean
}

/**
 * Declares how `Source` rows become `Target` records, checked by the compiler.
 *
 * Each target field names a source key or a function of the row, an optional `transform` (the mapping helpers such
 * as `toPhones` and `toMoney` fit there), a `default` for blank values, and `required`. Bad data never throws (see
 * {@link applyFieldMap}).
 *
 * @throws `TypeError` for a malformed map (a rule without `from`, a `transform` that is not a function), because
 * that is a programming error, found when the module loads rather than on the first row.
 *
 * @example
 * const personMap = defineFieldMap<CsvRow, PersonInput>({
 *   name: { from: 'Full name', transform: (text) => toFullName(text), required: true },
 *   phones: { from: 'Phone', transform: (text) => toPhones(text, { defaultCountry: 'VN' }) },
 *   city: { from: 'City', default: 'Ho Chi Minh City' },
 * })
 */
export function defineFieldMap<Source, Target>(
  rules: FieldMapSpec<Source, Target>,
): FieldMap<Source, Target> {
  for (const [field, rule] of Object.entries(rules as Record<string, LooseRule | undefined>)) {
    if (rule === undefined) continue
    if (typeof rule.from !== 'string' && typeof rule.from !== 'function') {
      throw new TypeError(`Field map rule "${field}" needs "from": a source key or a function of the row`)
    }
    if (rule.transform !== undefined && typeof rule.transform !== 'function') {
      throw new TypeError(`Field map rule "${field}" has a "transform" that is not a function`)
    }
  }
  return Object.freeze({ rules: Object.freeze({ ...rules }) })
}

// A column a row lacks is missing, even when its name is one of Object.prototype's (`constructor`, `toString`):
// otherwise the prototype's function would be mapped as the cell's value.
function readColumn(row: object, column: string): unknown {
  if (column in Object.prototype && !Object.hasOwn(row, column)) return undefined
  return (row as Record<string, unknown>)[column]
}

function requiredMessage(field: string, rule: LooseRule, row: object): string {
  if (typeof rule.from !== 'string') return `${field} is required`
  if (readColumn(row, rule.from) !== undefined || Object.hasOwn(row, rule.from))
    return `${field} is required (${JSON.stringify(rule.from)} is blank)`
  // Usually the whole file: a byte-order mark glued to the first header, or a semicolon-separated export read
  // with commas. Showing the columns the row does have (with invisible characters escaped) says which.
  const columns = Object.keys(row).slice(0, 8).map(visible).join(', ')
  return `${field} is required (the row has no ${visible(rule.from)} column; its columns are ${columns || 'none'})`
}

const visible = (text: string): string =>
  JSON.stringify(text).replace(
    /[\u00a0\u200b-\u200f\u2028\u2029\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * Maps one row with a {@link FieldMap}: `{ ok: true, value }` with the target record, or `{ ok: false, errors }`
 * with every field that failed (not only the first), each with the raw value.
 *
 * Blank values (missing, `null`, or text of only spaces and invisible characters such as U+200B or U+FEFF) skip
 * the transform: they take the `default`,
 * fail when `required`, or leave the field out, so an update never blanks a CRM field by accident. A throwing
 * transform or `from` function becomes an error entry; nothing is thrown for bad data, which lets a bulk import
 * carry on with the next row.
 *
 * @example
 * const result = applyFieldMap(personMap, { 'Full name': 'Nguyen Van Linh', Phone: '0912 345 678', City: '' })
 * if (result.ok) await twenty.people.create(result.value)
 * else for (const { field, message } of result.errors) console.warn(`${field}: ${message}`)
 */
export function applyFieldMap<Source, Target>(
  map: FieldMap<Source, Target>,
  row: Source,
): FieldMapResult<Target> {
  if (typeof row !== 'object' || row === null) {
    return { ok: false, errors: [{ field: '', message: 'The row is not an object', value: row }] }
  }
  const value: Record<string, unknown> = {}
  const errors: FieldMapError[] = []
  for (const [field, rule] of Object.entries(map.rules as Record<string, LooseRule | undefined>)) {
    if (rule === undefined) continue
    let raw: unknown
    try {
      raw = typeof rule.from === 'function' ? rule.from(row) : readColumn(row, rule.from)
      if (isBlank(raw)) {
        if (rule.default !== undefined) value[field] = rule.default
        else if (rule.required === true)
          errors.push({ field, message: requiredMessage(field, rule, row), value: raw })
        continue
      }
      value[field] = rule.transform === undefined ? raw : rule.transform(raw, row)
    } catch (error) {
      errors.push({ field, message: messageOf(error), value: raw })
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as Target }
}
