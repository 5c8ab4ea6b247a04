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
  // Twenty's API names are camelCase, but users type them as its UI shows them ("Pet", "Company"), and event
  // names match case-sensitively: only the first letter is lowered, so "SalesInvoice" stays salesInvoice.
  const parts = raw.split('/').map((part) => camelCase(part.trim()))
  const [singular = '', plural = `${singular}s`, ...rest] = parts
  if (parts.length === 1) {
    const standard = STANDARD_OBJECTS.find((object) => [object.singular, object.plural].includes(singular))
    if (standard) return standard
  }
  if (rest.length > 0 || !NAME.test(singular) || !NAME.test(plural)) {
    throw invalidInput('object', `"${raw}" is not an object API name such as pet, or pet/pets`)
  }
  return { singular, plural }
}

function camelCase(name: string): string {
  return `${name.charAt(0).toLowerCase()}${name.slice(1)}`
}
