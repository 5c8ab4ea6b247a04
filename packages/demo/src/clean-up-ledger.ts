import { randomUUID } from 'node:crypto'
import { isTwentyNotFoundError, type TwentyClient } from 'twenty-sdk'

/** The kinds of record the demo creates, by the SDK resource that deletes them. */
export type LedgerObject = 'companies' | 'people' | 'opportunities' | 'tasks' | 'taskTargets' | 'webhooks'

/** One record the demo created and has not deleted yet. */
export interface LedgerEntry {
  object: LedgerObject
  id: string
}

/** What one clean-up did: deleted, already gone (404), or left behind with the reason. */
export interface CleanUpOutcome {
  destroyed: LedgerEntry[]
  alreadyGone: LedgerEntry[]
  left: (LedgerEntry & { reason: string })[]
}

/**
 * Every record the demo created and has not deleted yet. Each step registers a record right after creating it
 * and unregisters it once it deleted it itself, so whatever stops the walk (a failed step, Ctrl-C), what is
 * still registered is exactly what is left in the workspace, and {@link destroy} removes it. The ledger deletes
 * through a client of its own, which an interruption of the walk's client does not stop.
 */
export class CleanUpLedger {
  readonly #entries: LedgerEntry[] = []
  readonly #twenty: TwentyClient

  constructor(twenty: TwentyClient) {
    this.#twenty = twenty
  }

  register(object: LedgerObject, id: string): void {
    this.#entries.push({ object, id })
  }

  /**
   * Registers a fresh id for a record about to be created with it (Twenty takes `id` on a create). A create whose
   * answer is lost (a timeout, a cut-off body) may still have been written: registered first, it is deleted all
   * the same; one that was not written is a 404 for the clean-up, which counts it as already gone.
   */
  reserve(object: LedgerObject): string {
    const id = randomUUID()
    this.register(object, id)
    return id
  }

  /** For a record a step deleted (or that a merge destroyed) itself. */
  unregister(object: LedgerObject, id: string): void {
    const index = this.#entries.findIndex((entry) => entry.object === object && entry.id === id)
    if (index >= 0) this.#entries.splice(index, 1)
  }

  /** The records still to delete, oldest first. */
  get pending(): readonly LedgerEntry[] {
    return [...this.#entries]
  }

  /**
   * Hard-deletes the given records (by default every one still registered, newest first, so a task target goes
   * before its task and a person before their company), one at a time and past failures: a record already
   * gone (404) counts as deleted, any other error leaves it registered and listed in `left`.
   */
  async destroy(entries: readonly LedgerEntry[] = [...this.#entries].reverse()): Promise<CleanUpOutcome> {
    const outcome: CleanUpOutcome = { destroyed: [], alreadyGone: [], left: [] }
    for (const entry of entries) {
      try {
        if (entry.object === 'webhooks') await this.#twenty.webhooks.delete(entry.id)
        else await this.#twenty[entry.object].destroy(entry.id)
        outcome.destroyed.push(entry)
      } catch (error) {
        if (!isTwentyNotFoundError(error)) {
          outcome.left.push({ ...entry, reason: describeFailure(error) })
          continue
        }
        outcome.alreadyGone.push(entry)
      }
      this.unregister(entry.object, entry.id)
    }
    return outcome
  }
}

/** A reason for a report line: the error's message (the SDK's names method, URL and status), never its stack. */
export function describeFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** "2 people, 1 company", for report lines. */
export function countByObject(entries: readonly LedgerEntry[]): string {
  const counts = new Map<LedgerObject, number>()
  for (const { object } of entries) counts.set(object, (counts.get(object) ?? 0) + 1)
  return [...counts]
    .map(([object, count]) => `${count} ${count === 1 ? SINGULAR[object] : object}`)
    .join(', ')
}

const SINGULAR: Record<LedgerObject, string> = {
  companies: 'company',
  people: 'person',
  opportunities: 'opportunity',
  tasks: 'task',
  taskTargets: 'taskTarget',
  webhooks: 'webhook',
}
