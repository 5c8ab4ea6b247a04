import { COMPOSITES } from './objects.js'

/** Who wrote a record: the API key's name, with source API, as Twenty records writes made with a key. */
export interface Actor {
  source: string
  workspaceMemberId: string | null
  name: string
  context: Record<string, unknown> | null
}

/**
 * The `createdBy` of a new record, as Twenty's createdBy pre-query hook sets it
 * (core-modules/actor/services/actor-from-auth-context.service.ts): an actor sent with a name is stored as sent (on the
 * column defaults); otherwise the writer's actor, with the `source` sent if any. `updatedBy` is always the writer.
 */
export function createdByOf(given: unknown, actor: Actor): Actor {
  const sent = (given ?? undefined) as Partial<Actor> | undefined
  if (sent?.name) return { ...COMPOSITES.ACTOR, ...sent } as Actor
  return { ...actor, source: sent?.source ?? actor.source }
}
