import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { badRequest, notFound } from '../server/http-error.js'
import { type Actor, createdByOf } from './actor.js'
import { COMPOSITES, OBJECTS, OBJECTS_BY_SINGULAR, type ObjectDefinition, readPath } from './objects.js'
import { PositionBounds } from './position-bounds.js'
import { UniqueValues } from './unique-values.js'

export type { Actor } from './actor.js'

export type StoredRecord = Record<string, unknown> & { id: string; deletedAt: string | null }

/** What webhook delivery (and tests) observe: one event per record change. */
export interface RecordEvent {
  action: 'created' | 'updated' | 'deleted' | 'destroyed' | 'restored'
  object: ObjectDefinition
  /** The record after the change (a soft-deleted one with its `deletedAt`), or before it for `destroyed`. */
  record: StoredRecord
  before?: StoredRecord
  /** Names of the fields that changed: on `updated`, `deleted` and `restored` (`['deletedAt']`). */
  updatedFields?: string[]
  /** ISO time of the operation; identical for every record of one batch, as in Twenty's event batches. */
  eventDate: string
}

const clone = <T>(value: T): T => structuredClone(value)

/**
 * The in-memory tables. Every method is synchronous, so no request can interleave inside a read-modify-write:
 * concurrent clients never lose a write.
 */
export class RecordStore {
  readonly events = new EventEmitter<{ record: [RecordEvent] }>()
  readonly #objects: readonly ObjectDefinition[]
  readonly #tables: Map<string, Map<string, StoredRecord>>
  #generation = 0
  readonly #positions = new PositionBounds()
  readonly #unique = new UniqueValues()
  /** Ids of soft-deleted records, per object: what an upsert scans besides the unique index. */
  #trashed = new Map<string, Set<string>>()
  #pending: Omit<RecordEvent, 'eventDate'>[] | null = null

  /** One table per object: the standard ones unless the workspace has custom objects too. */
  constructor(objects: readonly ObjectDefinition[] = OBJECTS) {
    this.#objects = objects
    this.#tables = new Map(objects.map((object) => [object.singular, new Map()]))
  }

  /**
   * Runs several writes as one: if any throws, every table is put back and no event is emitted (Twenty runs a
   * batch in one database transaction); otherwise the events go out together, with one `eventDate`.
   */
  transaction<T>(work: () => T): T {
    if (this.#pending) return work()
    const snapshot = new Map([...this.#tables].map(([name, table]) => [name, new Map(table)]))
    this.#pending = []
    try {
      const result = work()
      const events = this.#pending
      this.#pending = null
      const eventDate = new Date().toISOString()
      for (const event of events) this.events.emit('record', { ...event, eventDate })
      return result
    } catch (error) {
      for (const [name, table] of snapshot) this.#tables.set(name, table)
      this.#generation++
      this.#rebuildIndexes()
      this.#pending = null
      throw error
    }
  }

  /**
   * A number that changes with every write to any table (a rolled-back transaction included), so a reader can
   * cache what it derives from the records, such as a sorted list, until the next write.
   */
  get generation(): number {
    return this.#generation
  }

  /** Live records (or all, soft-deleted included), in insertion order. */
  all(object: ObjectDefinition, options: { withDeleted?: boolean } = {}): StoredRecord[] {
    const rows = [...this.#table(object).values()]
    return options.withDeleted ? rows : rows.filter((row) => row.deletedAt === null)
  }

  find(
    object: ObjectDefinition,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): StoredRecord | undefined {
    const row = this.#table(object).get(id)
    if (!row || (row.deletedAt !== null && !options.withDeleted)) return undefined
    return row
  }

  /**
   * The record an upsert of `input` updates, picked as Twenty's create-many runner does
   * (common-create-many-query-runner.service.ts, get-matching-record-id.util.ts): the one with the same id or the same
   * value on a unique field, trashed records included, since Twenty reads them `withDeleted()` and its update writes
   * `deletedAt: null`. Two different records matched through different fields is Twenty's 400.
   */
  findMatch(object: ObjectDefinition, input: Record<string, unknown>): StoredRecord | undefined {
    const given: string[] = []
    const ids = new Set<string>()
    if (typeof input.id === 'string') {
      given.push(`id: ${input.id}`)
      if (this.#table(object).has(input.id)) ids.add(input.id)
    }
    for (const path of object.unique) {
      const value = readPath(input, path)
      if (typeof value !== 'string' || value === '') continue
      given.push(`${path}: ${value}`)
      const id = this.#unique.idOf(object, path, value) ?? this.#trashedWith(object, path, value)
      if (id !== undefined) ids.add(id)
    }
    if (ids.size > 1) {
      throw badRequest(
        `Multiple records found with the same unique field values for ${given.join(', ')}. Cannot determine which record to update.`,
      )
    }
    const [id] = ids
    return id === undefined ? undefined : this.#table(object).get(id)
  }

  // A trashed record holding `value` at `path` (the unique index holds live records only).
  #trashedWith(object: ObjectDefinition, path: string, value: string): string | undefined {
    for (const id of this.#trashedIds(object)) {
      if (readPath(this.#table(object).get(id) as StoredRecord, path) === value) return id
    }
    return undefined
  }

  create(object: ObjectDefinition, input: Record<string, unknown>, actor: Actor): StoredRecord {
    const id = typeof input.id === 'string' ? input.id : randomUUID()
    if (this.#table(object).has(id)) throw badRequest(`Record already exists, id: ${id}`)
    const now = new Date().toISOString()
    const record: StoredRecord = {
      id,
      createdAt: typeof input.createdAt === 'string' ? input.createdAt : now,
      updatedAt: typeof input.updatedAt === 'string' ? input.updatedAt : now,
      deletedAt: typeof input.deletedAt === 'string' ? input.deletedAt : null,
      createdBy: createdByOf(input.createdBy, actor),
      updatedBy: actor,
    }
    if (object.fields.position) record.position = this.position(object, input.position ?? 'first')
    for (const [key, field] of Object.entries(object.fields)) {
      if (field.system || key === 'position') continue
      const composite = COMPOSITES[field.type]
      const given = input[key]
      record[key] = composite
        ? { ...composite, ...(given as object | undefined) }
        : given !== undefined
          ? given
          : (field.default ?? null)
    }
    this.#checkConstraints(object, record)
    this.#put(object, record)
    this.#emit({ action: 'created', object, record })
    return record
  }

  /** Updates a live record (a soft-deleted one too with `withDeleted`, as an update by a filter naming `deletedAt`). */
  update(
    object: ObjectDefinition,
    id: string,
    patch: Record<string, unknown>,
    actor: Actor,
    options: { withDeleted?: boolean } = {},
  ): StoredRecord {
    const current = this.find(object, id, options)
    if (!current) throw notFound()
    const before = clone(current)
    const next: StoredRecord = { ...current }
    const updatedFields: string[] = []
    for (const [key, given] of Object.entries(patch)) {
      if (key === 'id') continue
      const value = key === 'position' ? this.position(object, given) : given
      const composite = COMPOSITES[object.fields[key]?.type ?? 'TEXT']
      next[key] = composite ? { ...(current[key] as object), ...(value as object) } : value
      if (JSON.stringify(next[key]) !== JSON.stringify(current[key])) updatedFields.push(key)
    }
    this.#checkConstraints(object, next)
    next.updatedAt = new Date().toISOString()
    next.updatedBy = actor
    this.#put(object, next)
    this.#emit({ action: 'updated', object, record: next, before, updatedFields })
    return next
  }

  /** A position as Twenty resolves it: a number is kept, 'first' and 'last' go before or after every record. */
  position(object: ObjectDefinition, value: unknown): unknown {
    return this.#positions.resolve(object.singular, value)
  }

  /** Moves a live record to the trash (with `withDeleted`, a trashed one too: its `deletedAt` becomes now). */
  softDelete(object: ObjectDefinition, id: string, options: { withDeleted?: boolean } = {}): StoredRecord {
    const current = this.find(object, id, options)
    if (!current) throw notFound()
    const next = { ...current, deletedAt: new Date().toISOString() }
    this.#put(object, next)
    // Twenty's soft-delete event carries the record after the change, as its update events do.
    this.#emit({ action: 'deleted', object, record: next, before: current, updatedFields: ['deletedAt'] })
    return next
  }

  destroy(object: ObjectDefinition, id: string): StoredRecord {
    const current = this.find(object, id, { withDeleted: true })
    if (!current) throw notFound()
    this.#put(object, undefined, id)
    this.#emit({ action: 'destroyed', object, record: current })
    return current
  }

  restore(object: ObjectDefinition, id: string): StoredRecord {
    const current = this.find(object, id, { withDeleted: true })
    if (!current) throw notFound()
    if (current.deletedAt === null) return current
    const next = { ...current, deletedAt: null }
    this.#checkConstraints(object, next)
    this.#put(object, next)
    this.#emit({ action: 'restored', object, record: next, before: current, updatedFields: ['deletedAt'] })
    return next
  }

  #checkConstraints(object: ObjectDefinition, record: StoredRecord): void {
    for (const path of object.unique) {
      const value = readPath(record, path)
      if (typeof value !== 'string' || value === '') continue
      const clashId = this.#unique.idOf(object, path, value)
      if (clashId !== undefined && clashId !== record.id) {
        throw badRequest(
          `A duplicate entry was detected on ${path}: "${value}" is already used by ${clashId}`,
        )
      }
    }
    for (const [key, field] of Object.entries(object.fields)) {
      const target = field.relation && OBJECTS_BY_SINGULAR.get(field.relation.object)
      const value = record[key]
      if (target && typeof value === 'string' && !this.find(target, value, { withDeleted: true })) {
        throw badRequest(
          `insert or update on table "${object.singular}" violates foreign key constraint on "${key}": ${target.singular} ${value} does not exist`,
        )
      }
    }
  }

  // Every write goes through here, so the unique index always matches the live records.
  #put(object: ObjectDefinition, record: StoredRecord | undefined, id = record?.id as string): void {
    this.#generation++
    this.#unique.update(object, id, this.#table(object).get(id), record)
    if (record) this.#table(object).set(id, record)
    else this.#table(object).delete(id)
    this.#positions.note(object.singular, record?.position)
    if (record && record.deletedAt !== null) this.#trashedIds(object).add(id)
    else this.#trashedIds(object).delete(id)
  }

  #trashedIds(object: ObjectDefinition): Set<string> {
    let ids = this.#trashed.get(object.singular)
    if (!ids) {
      ids = new Set()
      this.#trashed.set(object.singular, ids)
    }
    return ids
  }

  #rebuildIndexes(): void {
    this.#unique.clear()
    this.#trashed = new Map()
    this.#positions.clear()
    for (const object of this.#objects) {
      for (const record of this.all(object, { withDeleted: true })) {
        if (record.deletedAt !== null) this.#trashedIds(object).add(record.id)
        this.#positions.note(object.singular, record.position)
        this.#unique.update(object, record.id, undefined, record)
      }
    }
  }

  #emit(event: Omit<RecordEvent, 'eventDate'>): void {
    const copy = { ...event, record: clone(event.record) }
    if (this.#pending) this.#pending.push(copy)
    else this.events.emit('record', { ...copy, eventDate: new Date().toISOString() })
  }

  #table(object: ObjectDefinition): Map<string, StoredRecord> {
    return this.#tables.get(object.singular) as Map<string, StoredRecord>
  }
}
