import { text } from './values.js'

/**
 * A select option value (`IN_PROGRESS`) from what a Zap hands over: the value a dropdown stores, or the label it
 * shows ("In progress") when a user types it or maps it from another app. Twenty's values are upper snake case,
 * so the words are upper-cased and joined with `_`; `undefined` when the field was left empty.
 */
export function selectValue(value: unknown): string | undefined {
  return text(value)
    ?.toUpperCase()
    .replace(/[\s-]+/g, '_')
}
