/** Twenty's null checks: `field[is]:NULL` and `field[is]:NOT_NULL`. */
export type NullCheck = 'NULL' | 'NOT_NULL'

type Scalar = string | number | boolean

/**
 * Comparators Twenty's REST filter accepts for a text value, and every comparator for a field of unknown type.
 * Numbers, dates, ids, booleans and selects take fewer ({@link OrderedComparators}, {@link BooleanComparators},
 * {@link SelectComparators}). Several comparators on one field are ANDed.
 */
export interface Comparators<V> {
  /** Equal to the value (`field[eq]:value`). */
  eq?: V
  /** Not equal to the value; records where the field is empty do not match either. */
  neq?: V
  /** Equal to one of the values. */
  in?: readonly V[]
  /** Greater than the value: numbers, and dates or ISO 8601 strings. */
  gt?: V
  /** Greater than or equal to the value. */
  gte?: V
  /** Less than the value. */
  lt?: V
  /** Less than or equal to the value. */
  lte?: V
  /** Text that starts with the value, case-sensitive. */
  startsWith?: string
  /** Text that ends with the value, case-sensitive. */
  endsWith?: string
  /** SQL LIKE, case-sensitive; `%` is the wildcard. */
  like?: string
  /** SQL ILIKE, case-insensitive; `%` is the wildcard. */
  ilike?: string
  /** `'NULL'` for an empty field, `'NOT_NULL'` for a filled one. */
  is?: NullCheck
}

/**
 * Comparators for array fields (e.g. `emails.additionalEmails`, multi-selects). Which ones Twenty takes depends on
 * the field's type and Twenty's version: array and multi-select fields take `containsAny`; newer versions read
 * `emails.additionalEmails` as JSON, which takes only `is` and `like` (matched against its JSON text).
 */
export interface ArrayComparators<E> {
  /** The array holds at least one of the values. */
  containsAny?: readonly E[]
  /** The array holds exactly these values, in any order (older Twenty versions only). */
  containsExactly?: readonly E[]
  /** The field's JSON text matches the pattern (`%` any text, `_` any one character), case-sensitively. */
  like?: string
  /** `'NULL'` for an empty field, `'NOT_NULL'` for a filled one. */
  is?: NullCheck
}

// Date-time fields are typed as strings by the spec; a Date is accepted and sent as ISO 8601.
type ScalarValue<V> = V extends string ? V | Date : V

/**
 * The filter for a field whose type is unknown, as on custom objects read through `records()`: any comparator, or
 * a composite's sub-fields (`amount: { amountMicros: { gte: 1 } }`); Twenty checks the field.
 */
type LooseFieldFilter = Comparators<Scalar | Date> &
  Pick<ArrayComparators<Scalar>, 'containsAny' | 'containsExactly'> & { [subField: string]: unknown }

// A related record, or a list of them, embedded at depth 1: Twenty's REST filter cannot reach into one (it answers
// 400 `field 'company.name' does not exist`), so only its foreign key (`companyId`) is filterable.
type Relation<V> = V extends readonly (infer E)[]
  ? Relation<E>
  : V extends object
    ? 'id' extends keyof V
      ? true
      : false
    : false

/** Comparators Twenty refuses on anything but text (`Operator "ilike" is not valid for field … of type NUMBER`). */
type TextOnly = 'startsWith' | 'endsWith' | 'like' | 'ilike'

/**
 * Comparators for a number, a date-time or an id: comparisons and lists, but no text matching, which Twenty refuses
 * on these field types with a 400.
 */
export interface OrderedComparators<V> extends Omit<Comparators<V>, TextOnly> {}

/** Comparators for a boolean: Twenty takes only `eq` and `is` on one (`gt` or `neq` get a 400). */
export interface BooleanComparators extends Pick<Comparators<boolean>, 'eq' | 'is'> {}

/** Comparators for a select field: its options compare for (in)equality only, so Twenty refuses `gt` or `like`. */
export interface SelectComparators<V> extends Pick<Comparators<V>, 'eq' | 'neq' | 'in' | 'is'> {}

// The literal options of a select field (`'NEW' | 'CUSTOMER' | (string & {})` gives `'NEW' | 'CUSTOMER'`); `never`
// for plain text, which has none. It is given the field's type without null by `Exclude`: `NonNullable` would fold
// `'NEW' | (string & {})` into `string`.
type SelectOptions<V> = V extends string ? (string extends V ? never : V) : never

// Fields of the standard objects that the spec types as plain `string` but Twenty stores as a UUID or a date-time,
// on which it refuses the text comparators: the system fields every object has, and the standard foreign keys and
// dates.
type UuidOrDateKey =
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'deletedAt'
  | 'closeDate'
  | 'dueAt'
  | 'companyId'
  | 'pointOfContactId'
  | 'accountOwnerId'
  | 'assigneeId'
  | 'personId'
  | 'opportunityId'
  | 'noteId'
  | 'taskId'
  | 'workspaceMemberId'

/** The comparators of one scalar field, picked by its type (and, for ids and dates, by its name). */
type ScalarFilter<V, K> = [V] extends [boolean]
  ? BooleanComparators
  : [V] extends [number]
    ? OrderedComparators<number>
    : [SelectOptions<V>] extends [never]
      ? K extends UuidOrDateKey
        ? OrderedComparators<ScalarValue<V>>
        : Comparators<ScalarValue<V>>
      : SelectComparators<V>

/**
 * The filter for one field: comparators for scalars, sub-fields for composites (`emails.primaryEmail`). A
 * composite takes no comparator of its own: Twenty refuses `name[is]:NULL` (`Composite field 'name' cannot be
 * filtered without a sub-field`), so a null check goes on a sub-field. Numbers, booleans, selects, ids and dates
 * (`id`, `createdAt`, `companyId`, …) take only the comparators Twenty accepts for their type; `K` is the field's name.
 */
export type FieldFilter<V, K = string> = unknown extends V
  ? LooseFieldFilter
  : [NonNullable<V>] extends [never]
    ? Comparators<Scalar | Date>
    : true extends Relation<NonNullable<V>>
      ? never
      : NonNullable<V> extends Scalar
        ? ScalarFilter<Exclude<V, null | undefined>, K>
        : NonNullable<V> extends readonly (infer E)[]
          ? ArrayComparators<E>
          : NonNullable<V> extends object
            ? { [S in keyof NonNullable<V>]?: FieldFilter<NonNullable<V>[S], S> }
            : Comparators<Scalar | Date>

/**
 * A typed filter for records of type `T`, compiled to Twenty's `field[op]:value` syntax.
 *
 * Fields of one object are ANDed; `and`, `or` and `not` nest. Values are quoted for you.
 *
 * @example
 * { stage: { eq: 'CUSTOMER' }, amount: { amountMicros: { gte: 1_000_000_000 } } }
 * { or: [{ city: { eq: 'Hanoi' } }, { city: { eq: 'Da Nang' } }], deletedAt: { is: 'NULL' } }
 */
export type Filter<T> = { [K in keyof T]?: FieldFilter<T[K], K> } & {
  and?: readonly Filter<T>[]
  or?: readonly Filter<T>[]
  not?: Filter<T>
}

/** A filter as the SDK accepts it: the typed object form, or a raw Twenty filter string. */
export type FilterInput<T> = Filter<T> | string

/** Twenty's sort directions; `AscNullsFirst` is its default. */
export type OrderDirection = 'AscNullsFirst' | 'AscNullsLast' | 'DescNullsFirst' | 'DescNullsLast'

// The sort keys of one field: the field itself for a scalar, its scalar sub-fields for a composite (Twenty refuses
// `name[AscNullsFirst]`: `Composite field 'name' cannot be used to order without a sub-field`), none for a related
// record or a list (`field 'company' does not exist`). A field of unknown type (custom objects) takes any path.
type SortKeysOf<K extends string, V> = unknown extends V
  ? K | `${K}.${string}`
  : [V] extends [never]
    ? K
    : V extends readonly unknown[]
      ? never
      : V extends object
        ? true extends Relation<V>
          ? never
          : {
              [S in Extract<keyof V, string>]-?: NonNullable<V[S]> extends Scalar ? `${K}.${S}` : never
            }[Extract<keyof V, string>]
        : K

/** The fields and composite sub-fields (`name.firstName`) records of type `T` can be sorted by. */
export type SortKey<T> = {
  [K in Extract<keyof T, string>]-?: SortKeysOf<K, NonNullable<T[K]>>
}[Extract<keyof T, string>]

/**
 * Sort order: `{ createdAt: 'DescNullsLast' }`, an array of those for several keys in order, or a raw
 * `order_by` string. Composites sort by a sub-field (`{ 'name.lastName': 'AscNullsFirst' }`); related records
 * cannot be sorted by. Twenty always appends `id` as a tiebreaker.
 */
export type OrderByInput<T> =
  | Partial<Record<SortKey<T>, OrderDirection>>
  | readonly Partial<Record<SortKey<T>, OrderDirection>>[]
  | string
