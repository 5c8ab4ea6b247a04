import { OBJECTS_BY_SINGULAR, type ObjectDefinition } from './objects.js'

/**
 * Options a workspace added to its select fields, keyed `object.field` by the object's singular name, e.g.
 * `{ 'opportunity.stage': ['NEGOTIATION', 'WON', 'LOST'] }`. Twenty lets every workspace do this, so a
 * faithful sandbox must be able to hold values the standard workspace does not.
 */
export type AddedSelectOptions = Readonly<Record<string, readonly string[]>>

/** The options each select field accepts, standard and added, keyed `singular.field`. */
export type SelectOptions = ReadonlyMap<string, readonly string[]>

// Twenty's rule for an option value (twenty-shared `isSnakeCaseString`, at most 63 characters).
const OPTION_VALUE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/

/**
 * Checks the added options the way Twenty's field metadata validator does and merges them after the standard
 * ones. Throws on an unknown object or field, a field that is not a select, or a value Twenty would refuse.
 */
export function resolveSelectOptions(
  added: AddedSelectOptions = {},
  objects: ReadonlyMap<string, ObjectDefinition> = OBJECTS_BY_SINGULAR,
): SelectOptions {
  const resolved = new Map<string, readonly string[]>()
  for (const [path, values] of Object.entries(added)) {
    const [singular = '', field = ''] = path.split('.')
    const definition = objects.get(singular)?.fields[field]
    if (definition?.type !== 'SELECT') {
      throw new Error(`selectOptions: '${path}' is not a select field (expected e.g. 'opportunity.stage')`)
    }
    for (const value of values) {
      if (!OPTION_VALUE.test(value) || value.length > 63) {
        throw new Error(`selectOptions: Value must be in UPPER_CASE and follow snake_case "${value}"`)
      }
    }
    const standard = definition.options ?? []
    resolved.set(path, [...standard, ...values.filter((value) => !standard.includes(value))])
  }
  return resolved
}

/** The options a select field accepts in this workspace: the ones it added after the standard ones, if any. */
export function optionsOf(
  selectOptions: SelectOptions,
  object: ObjectDefinition,
  field: string,
): readonly string[] | undefined {
  return selectOptions.get(`${object.singular}.${field}`) ?? object.fields[field]?.options
}
