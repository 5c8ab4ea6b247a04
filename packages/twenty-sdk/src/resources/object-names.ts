/** How Twenty names an object: the singular is used in envelopes (`data.person`), the plural in paths. */
export interface ObjectNames {
  singular: string
  plural: string
}

/** The envelope keys Twenty's REST handlers use for an object, derived from its names in one place. */
export interface EnvelopeKeys {
  list: string
  one: string
  createOne: string
  createMany: string
  updateOne: string
  updateMany: string
  deleteOne: string
  deleteMany: string
  restoreOne: string
  restoreMany: string
  duplicates: string
}

/** The form of an object's or a field's API name (`pets`, `opportunity`, `stage`). */
export const API_NAME = /^[a-zA-Z][a-zA-Z0-9]*$/

/** `person` → `Person`: how Twenty derives envelope and schema names from an API name. */
export const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)

/** `person`/`people` → `data.people`, `data.person`, `data.createPerson`, `data.createPeople`, … */
export function envelopeKeys({ singular, plural }: ObjectNames): EnvelopeKeys {
  return {
    list: plural,
    one: singular,
    createOne: `create${capitalize(singular)}`,
    createMany: `create${capitalize(plural)}`,
    updateOne: `update${capitalize(singular)}`,
    updateMany: `update${capitalize(plural)}`,
    deleteOne: `delete${capitalize(singular)}`,
    deleteMany: `delete${capitalize(plural)}`,
    restoreOne: `restore${capitalize(singular)}`,
    restoreMany: `restore${capitalize(plural)}`,
    duplicates: `${singular}Duplicates`,
  }
}

/**
 * A best-effort English singular for a custom object's plural (`pets` → `pet`, `companies` → `company`).
 * Pass the singular explicitly to `records()` when the object's name is irregular.
 */
export function singularize(plural: string): string {
  if (plural === 'people') return 'person'
  if (/[^aeiou]ies$/.test(plural)) return `${plural.slice(0, -3)}y`
  if (/(ss|sh|ch|x|z)es$/.test(plural)) return plural.slice(0, -2)
  if (plural.endsWith('s') && !plural.endsWith('ss')) return plural.slice(0, -1)
  return plural
}
