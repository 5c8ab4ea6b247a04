import type {
  AnyRecord,
  Company,
  Note,
  NoteTarget,
  Opportunity,
  OpportunityStage,
  Person,
  Task,
  TaskTarget,
} from '../resources/object-types.js'

/**
 * What happened to the record, the part of `eventName` after the dot: `deleted` is a soft delete (the record can be
 * restored), `destroyed` a hard one.
 */
export type WebhookAction = 'created' | 'updated' | 'deleted' | 'destroyed' | 'restored' | 'upserted'

/** Fields every delivery carries, as built by Twenty's webhook job (not as its docs page shows). */
interface WebhookEventBase<TName extends string, TRecord> {
  /** `<object>.<action>`, e.g. `person.created`. */
  eventName: TName
  /** The record after the change; for deletes, its state before. */
  record: TRecord
  /** On updates, the names of the changed fields. Twenty sends no previous values. */
  updatedFields?: string[]
  objectMetadata: { id: string; nameSingular: string }
  targetUrl: string
  workspaceId: string
  webhookId: string
  /** ISO date of the batch of changes; the same for every event of one batch. */
  eventDate: string
  userId?: string
  workspaceMemberId?: string
}

type EventsOf<TObject extends string, TRecord> = {
  [A in WebhookAction]: WebhookEventBase<`${TObject}.${A}`, TRecord>
}[WebhookAction]

/**
 * A verified delivery, discriminated by `eventName`, with `record` typed for the standard objects. Custom objects
 * fall back to a loosely typed record ({@link CustomObjectWebhookEvent}). Because a custom object's `eventName` is
 * any `${string}.${action}`, comparing `eventName` does not narrow `record`: use {@link isEventFor}.
 */
export type TwentyWebhookEvent =
  | EventsOf<'person', Person>
  | EventsOf<'company', Company>
  | EventsOf<'opportunity', Opportunity>
  | EventsOf<'task', Task>
  | EventsOf<'note', Note>
  | EventsOf<'noteTarget', NoteTarget>
  | EventsOf<'taskTarget', TaskTarget>
  | CustomObjectWebhookEvent

/** A delivery for a custom object, or any object the SDK has no type for: `record` is an {@link index!AnyRecord | AnyRecord}. */
export type CustomObjectWebhookEvent = WebhookEventBase<`${string}.${WebhookAction}`, AnyRecord>

/** Records per standard object name, for {@link isEventFor}. */
interface StandardRecords {
  person: Person
  company: Company
  opportunity: Opportunity
  task: Task
  note: Note
  noteTarget: NoteTarget
  taskTarget: TaskTarget
}

/** The events of one standard object, with `record` typed: what {@link isEventFor} narrows to. */
export type EventFor<K extends keyof StandardRecords> = Extract<
  TwentyWebhookEvent,
  { record: StandardRecords[K] }
> &
  EventsOf<K, StandardRecords[K]>

/**
 * Narrows an event to one standard object by its `eventName` prefix, so `event.record` gets that object's type.
 *
 * @param object the object's singular API name: `person`, `company`, `opportunity`, `task`, `note`, `noteTarget` or
 * `taskTarget`
 * @example
 * if (isEventFor(event, 'opportunity') && event.eventName === 'opportunity.updated') {
 *   console.log(event.record.name, event.record.amount?.amountMicros, event.updatedFields)
 * }
 */
export function isEventFor<K extends keyof StandardRecords>(
  event: TwentyWebhookEvent,
  object: K,
): event is EventFor<K> {
  return event.eventName.startsWith(`${object}.`)
}

// A type-only mark on what isOpportunityWon and isTaskCompleted accept. A plain `event is EventFor<'task'>`
// would also narrow their `false` branch, typing an opportunity that is not won (or a task not done) as `never`;
// with the mark no event type is wholly "reached", so `false` narrows nothing.
declare const reached: unique symbol
type Reached = { readonly [reached]: true }

/**
 * True when the event means "this deal was just won": an opportunity updated with `stage` among the changed
 * fields and now at the won stage, or created already won. Twenty has no WON stage; `CUSTOMER` is the default,
 * and workspaces with their own stage pass `wonStage`. Twenty sends no previous values, so an update that
 * touched `stage` without changing it cannot be told apart.
 *
 * @param options.wonStage the stage that means won in this workspace (default `'CUSTOMER'`); see {@link
 * index!WorkspaceResource.selectOptions | WorkspaceResource.selectOptions} for the workspace's stages
 * @example
 * if (isOpportunityWon(event, { wonStage: 'WON' })) await sendThankYou(event.record.pointOfContactId)
 */
export function isOpportunityWon(
  event: TwentyWebhookEvent,
  options: { wonStage?: OpportunityStage | (string & {}) } = {},
): event is EventFor<'opportunity'> & Reached {
  const wonStage = options.wonStage ?? 'CUSTOMER'
  return reachedValue(event, 'opportunity', 'stage', wonStage)
}

/**
 * True when a task was just completed: updated with `status` among the changed fields and now `DONE`, or created
 * already done. Like {@link isOpportunityWon}, it cannot tell an update that rewrote `DONE` unchanged.
 *
 * @example
 * if (isTaskCompleted(event)) await notifyAssignee(event.record.assigneeId, event.record.title)
 */
export function isTaskCompleted(event: TwentyWebhookEvent): event is EventFor<'task'> & Reached {
  return reachedValue(event, 'task', 'status', 'DONE')
}

function reachedValue(event: TwentyWebhookEvent, object: string, field: string, value: string): boolean {
  const record = event.record as Record<string, unknown> | undefined
  if (record?.[field] !== value) return false
  if (event.eventName === `${object}.created`) return true
  return event.eventName === `${object}.updated` && (event.updatedFields ?? []).includes(field)
}
