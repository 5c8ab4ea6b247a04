import { badRequest } from '../server/http-error.js'
import { type ObjectDefinition, readPath } from '../store/objects.js'
import { resolvePath } from './field-paths.js'

export const DIRECTIONS = ['AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'] as const
export type Direction = (typeof DIRECTIONS)[number]
export interface SortKey {
  path: string
  direction: Direction
}

/**
 * Parses `order_by` (`field1,field2[Direction]`, default direction AscNullsFirst) as Twenty's REST parser does
 * (parse-order-by-rest-request-common.util.ts, twentyhq/twenty@5082be3b), without reading the object: items split at
 * commas and are not trimmed, so `name, employees` names the field ` employees`; a bad direction is a 400; then `id`
 * is appended as the tiebreaker, so every order is total and cursors are stable. Without `order_by` the order is
 * `id` alone, as Twenty's `addDefaultOrderById([{}])` makes it: not creation order. {@link checkOrderBy} checks the
 * fields, later, as Twenty's order-by arg processor does.
 */
export function parseOrderBy(orderBy: string | undefined): SortKey[] {
  const keys: SortKey[] = []
  for (const item of orderBy === undefined ? [] : orderBy.split(',')) {
    let path = item
    let direction = 'AscNullsFirst'
    if (item.includes('[') && item.includes(']')) {
      const [field, rest] = item.split('[') as [string, string]
      path = field
      direction = rest.replace(']', '')
      if (!(DIRECTIONS as readonly string[]).includes(direction)) {
        throw badRequest(
          `'order_by' direction '${direction}' invalid. Allowed values are '${DIRECTIONS.join("', '")}'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3`,
        )
      }
    }
    keys.push({ path, direction: direction as Direction })
  }
  if (!keys.some((key) => key.path === 'id')) keys.push({ path: 'id', direction: 'AscNullsFirst' })
  return keys
}

/** Refuses a sort on a field the object lacks, or on a composite field without its sub-field. */
export function checkOrderBy(object: ObjectDefinition, keys: readonly SortKey[]): void {
  for (const key of keys) resolvePath(object, key.path, 'order_by')
}

/** The sort values of a record, in key order: what a cursor encodes. */
export function sortValues(record: Record<string, unknown>, keys: readonly SortKey[]): unknown[] {
  return keys.map((key) => readPath(record, key.path) ?? null)
}

/** Compares two tuples of sort values under the keys' directions and null placement. */
export function compareValues(
  left: readonly unknown[],
  right: readonly unknown[],
  keys: readonly SortKey[],
): number {
  for (const [index, key] of keys.entries()) {
    const a = left[index]
    const b = right[index]
    if (a === b) continue
    const nullsFirst = key.direction.endsWith('NullsFirst')
    if (a == null) return nullsFirst ? -1 : 1
    if (b == null) return nullsFirst ? 1 : -1
    const base =
      typeof a === 'string' && typeof b === 'string'
        ? a < b
          ? -1
          : 1
        : (a as number) < (b as number)
          ? -1
          : 1
    return key.direction.startsWith('Asc') ? base : -base
  }
  return 0
}
