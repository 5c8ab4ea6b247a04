import type { components } from 'twenty-sdk'
import type { Parameter } from '../../format/types.js'

/** The SDK's schema types (generated from the same OpenAPI document the Zapier app's SDK calls use). */
export type Schemas = components['schemas']

/**
 * A parameter or interface field whose name must be a field of `T`. Tying names to the SDK's types means the
 * Make app, the Zapier app and the SDK speak the same field names, and a renamed field fails to compile.
 */
export type FieldOf<T> = Omit<Parameter, 'name'> & { name: Extract<keyof T, string> }

/** Checks field names against `T` at compile time and returns plain parameters. */
export function fieldsOf<T>(fields: FieldOf<T>[]): Parameter[] {
  return fields
}
