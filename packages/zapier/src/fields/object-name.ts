import { invalidInput, text } from './values.js'

/** An object's API names: the singular names its webhook events, the plural its REST routes. */
export interface ObjectNames {
  singular: string
  plural: string
}

/** The standard objects a Zap can pick from a list; custom objects are typed in. */
export const STANDARD_OBJECTS: readonly ObjectNames[] = [
  { singular: 'person', plural: 'people' },
  { singular: 'company', plural: 'companies' },
  { singular: 'opportunity', plural: 'opportunities' },
  { singular: 'task', plural: 'tasks' },
  { singular: 'note', plural: 'notes' },
]

const NAME = /^[a-zA-Z][a-zA-Z0-9]*$/

/**
 * Reads the object a Zap chose: a standard object's singular (`person`), a custom object's singular when its
 * plural just adds an "s" (`pet`), or `singular/plural` otherwise (`cactus/cacti`).
 */
export function objectNames(value: unknown): ObjectNames {
  const raw = text(value)
  if (raw === undefined) throw invalidInput('object', 'Choose an object')
  const standard = STANDARD_OBJECTS.find((object) => object.singular === raw || object.plural === raw)
  if (standard) return standard
  const [singular = '', plural = `${singular}s`, ...rest] = raw.split('/').map((part) => part.trim())
  if (rest.length > 0 || !NAME.test(singular) || !NAME.test(plural)) {
    throw invalidInput('object', `"${raw}" is not an object API name such as pet, or pet/pets`)
  }
  return { singular, plural }
}
