import type { TriggerSpec } from '../format/types.js'
import { evaluateString, type ImlScope } from '../iml/evaluate.js'
import { toText } from '../iml/values.js'
import { MakeError } from './make-error.js'

/**
 * What a polling trigger remembers between runs: the last processed item's date and id. `{}` processes
 * everything ("All" in Make's "Choose where to start"); `{ date }` alone processes what is newer than that date.
 */
export interface TriggerState {
  date?: string
  id?: string
}

/** An item's place in the trigger's order: by date, then id (date triggers), or by id alone. */
export interface TriggerKey {
  date?: string
  time: number
  id: string
}

/** Reads an item's id and date with the trigger's IML. */
export function triggerKey(trigger: TriggerSpec, scope: ImlScope): TriggerKey {
  const id = toText(evaluateString(trigger.id, scope))
  if (trigger.type === 'id') return { id, time: 0 }
  const date = trigger.date === undefined ? undefined : evaluateString(trigger.date, scope)
  const time = date instanceof Date ? date.getTime() : Date.parse(toText(date))
  if (Number.isNaN(time)) throw new MakeError('DataError', `The trigger date of item ${id} is not a date`)
  return { date: date instanceof Date ? date.toISOString() : toText(date), time, id }
}

function compareIds(a: string, b: string): number {
  const numeric = /^\d+$/.test(a) && /^\d+$/.test(b)
  if (numeric) return Number(a) - Number(b)
  return a < b ? -1 : a > b ? 1 : 0
}

/** Orders keys as Make sorts trigger items: ascending by date, then by id. */
export function compareKeys(a: TriggerKey, b: TriggerKey): number {
  return a.time - b.time || compareIds(a.id, b.id)
}

/** True when the item comes after the remembered one, so it has not been processed yet. */
export function isUnprocessed(key: TriggerKey, state: TriggerState): boolean {
  if (state.date === undefined && state.id === undefined) return true
  const time = state.date === undefined ? Number.NEGATIVE_INFINITY : Date.parse(state.date)
  if (key.time !== time) return key.time > time
  return state.id === undefined ? false : compareIds(key.id, state.id) > 0
}

/** The state after a run: the newest processed item, or the old state when nothing was new. */
export function advance(state: TriggerState, processed: readonly TriggerKey[]): TriggerState {
  const newest = processed.at(-1)
  if (newest === undefined) return state
  return newest.date === undefined ? { id: newest.id } : { date: newest.date, id: newest.id }
}
