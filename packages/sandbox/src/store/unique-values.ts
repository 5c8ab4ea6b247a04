import { type ObjectDefinition, readPath } from './objects.js'

type Row = Record<string, unknown> & { deletedAt: string | null }

/**
 * Live records by unique value, per object and path: upserts and constraint checks in O(1). Values are compared
 * exactly, as Postgres' unique index and Twenty's upsert match (`existingFieldValue === value`,
 * get-matching-record-id.util.ts) do: only what Twenty's transformers already lower-case (emails, link origins) matches
 * whatever its case. Trashed records are not indexed: Postgres' unique indexes are partial on `deletedAt IS NULL`.
 */
export class UniqueValues {
  #byPath = new Map<string, Map<string, string>>()

  /** The id of the live record of `object` holding `value` at `path`. */
  idOf(object: ObjectDefinition, path: string, value: string): string | undefined {
    return this.#index(object, path).get(value)
  }

  /** Keeps the index in step with one write of record `id`: `previous` as the table held it, `next` as it will. */
  update(object: ObjectDefinition, id: string, previous: Row | undefined, next: Row | undefined): void {
    for (const path of object.unique) {
      const index = this.#index(object, path)
      const before = previous?.deletedAt === null ? readPath(previous, path) : undefined
      if (typeof before === 'string' && index.get(before) === id) index.delete(before)
      const after = next?.deletedAt === null ? readPath(next, path) : undefined
      if (typeof after === 'string' && after !== '') index.set(after, id)
    }
  }

  /** Forgets every value, before the tables are indexed again (a rolled-back transaction). */
  clear(): void {
    this.#byPath = new Map()
  }

  #index(object: ObjectDefinition, path: string): Map<string, string> {
    const name = `${object.singular}:${path}`
    let index = this.#byPath.get(name)
    if (!index) {
      index = new Map()
      this.#byPath.set(name, index)
    }
    return index
  }
}
