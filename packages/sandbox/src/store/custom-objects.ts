import {
  type FieldDefinition,
  type FieldType,
  OBJECTS,
  type ObjectDefinition,
  SYSTEM_FIELDS,
} from './objects.js'

/** Field types a custom object may declare (POSITION and ACTOR are the server's own). */
export type CustomFieldType = Exclude<FieldType, 'POSITION' | 'ACTOR'>

/** A custom field: its type alone (`'TEXT'`), or with options, uniqueness, default or integer-only. */
export type CustomFieldInput =
  | CustomFieldType
  | {
      type: CustomFieldType
      /** SELECT options, values in Twenty's UPPER_SNAKE_CASE. */
      options?: readonly string[]
      /** Unique among live records, and matched by upserts (TEXT, UUID, EMAILS, LINKS, PHONES). */
      unique?: boolean
      default?: unknown
      /** Integer-only NUMBER. */
      integer?: boolean
    }

/**
 * An object the workspace added, e.g. `{ singular: 'movie', plural: 'movies', fields: { title: 'TEXT' } }`. Like
 * Twenty, the sandbox gives it the standard fields every custom object gets (id, name, timestamps, actors,
 * position) and no duplicate criteria, so duplicates finds none and merge is refused.
 */
export interface CustomObjectInput {
  singular: string
  plural: string
  fields?: Record<string, CustomFieldInput>
}

/** The objects one workspace has, standard and custom, looked up by either name. */
export interface ObjectCatalog {
  all: readonly ObjectDefinition[]
  byPlural: ReadonlyMap<string, ObjectDefinition>
  bySingular: ReadonlyMap<string, ObjectDefinition>
}

export function catalogOf(objects: readonly ObjectDefinition[]): ObjectCatalog {
  return {
    all: objects,
    byPlural: new Map(objects.map((object) => [object.plural, object])),
    bySingular: new Map(objects.map((object) => [object.singular, object])),
  }
}

// Twenty's rules: object and field names are camelCase (metadata `validateMetadataNameOrThrow`), option values
// UPPER_SNAKE_CASE of at most 63 characters.
const NAME = /^[a-z][a-zA-Z0-9]*$/
const OPTION_VALUE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/
const TYPES: readonly CustomFieldType[] = [
  'TEXT',
  'NUMBER',
  'BOOLEAN',
  'DATE_TIME',
  'DATE',
  'UUID',
  'SELECT',
  'FULL_NAME',
  'EMAILS',
  'PHONES',
  'LINKS',
  'CURRENCY',
  'ADDRESS',
  'RICH_TEXT_V2',
]
// The sub-field a unique composite is matched on, as Twenty's unique index on a composite is on its primary part.
const UNIQUE_PATH: Partial<Record<FieldType, string>> = {
  TEXT: '',
  UUID: '',
  EMAILS: '.primaryEmail',
  LINKS: '.primaryLinkUrl',
  PHONES: '.primaryPhoneNumber',
}

// The fields Twenty creates on every custom object: those of every object, and `name`, the record's label.
const STANDARD_FIELDS: Record<string, FieldDefinition> = {
  ...SYSTEM_FIELDS,
  name: { type: 'TEXT', default: '' },
}

/**
 * Checks the custom objects and returns them after the standard ones. Throws (naming the object or field) on a
 * name that is not camelCase or is already taken, an unknown type, bad select options or an unsupported unique.
 */
export function defineObjects(custom: readonly CustomObjectInput[] = []): readonly ObjectDefinition[] {
  const taken = new Set(OBJECTS.flatMap((object) => [object.singular, object.plural]))
  const defined = custom.map((input) => {
    const { singular, plural } = input
    for (const name of [singular, plural]) {
      if (typeof name !== 'string' || !NAME.test(name))
        throw new Error(`customObjects: name '${name}' must be camelCase (e.g. 'salesInvoice')`)
      if (taken.has(name)) throw new Error(`customObjects: name '${name}' is already used by another object`)
    }
    if (singular === plural)
      throw new Error(`customObjects: singular and plural of '${singular}' must differ, as Twenty requires`)
    taken.add(singular).add(plural)
    const fields: Record<string, FieldDefinition> = { ...STANDARD_FIELDS }
    const unique: string[] = []
    for (const [name, given] of Object.entries(input.fields ?? {})) {
      const where = `customObjects: field '${singular}.${name}'`
      if (!NAME.test(name)) throw new Error(`${where} must be camelCase`)
      if (Object.hasOwn(STANDARD_FIELDS, name))
        throw new Error(`${where} is a field every custom object already has`)
      const field = typeof given === 'string' ? { type: given } : given
      fields[name] = defineField(where, field)
      if (typeof given === 'object' && given.unique) {
        const suffix = UNIQUE_PATH[field.type]
        if (suffix === undefined)
          throw new Error(`${where}: unique is supported on TEXT, UUID, EMAILS, LINKS and PHONES fields`)
        unique.push(`${name}${suffix}`)
      }
    }
    const object: ObjectDefinition = {
      singular,
      plural,
      fields,
      oneToMany: {},
      unique,
      duplicateCriteria: [],
    }
    return object
  })
  return [...OBJECTS, ...defined]
}

function defineField(where: string, field: Exclude<CustomFieldInput, string>): FieldDefinition {
  if (!TYPES.includes(field?.type)) throw new Error(`${where}: unknown type '${field?.type}'`)
  if (field.type !== 'SELECT') {
    // Twenty defaults a custom TEXT to '' and leaves the other scalars null; composites get their empty shape.
    const fallback = field.type === 'TEXT' ? '' : null
    return {
      type: field.type,
      default: field.default ?? fallback,
      ...(field.integer && { integer: true }),
    }
  }
  const options = field.options ?? []
  if (options.length === 0) throw new Error(`${where}: a SELECT needs options`)
  for (const value of options) {
    if (!OPTION_VALUE.test(value) || value.length > 63)
      throw new Error(`${where}: Value must be in UPPER_CASE and follow snake_case "${value}"`)
  }
  if (field.default != null && !options.includes(field.default as string))
    throw new Error(`${where}: default '${String(field.default)}' is not one of its options`)
  return { type: 'SELECT', options, default: field.default ?? null }
}
