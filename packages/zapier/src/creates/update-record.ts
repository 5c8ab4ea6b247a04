import type { TwentyClient } from 'twenty-sdk'
import type { Bundle } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import { recordId } from '../fields/record-id.js'
import { invalidInput, noneFilledIn } from '../fields/values.js'

/** What an Update step needs to know about its object. */
export interface UpdateRecordOptions<TChanges, TResult> {
  /** The input field holding the record id (`personId`), and its label (`Person`). */
  idKey: string
  idLabel: string
  /** The step's inputs as the SDK update input; empty when the user set nothing that changes the record. */
  toChanges: (inputData: Bundle['inputData']) => TChanges
  /** The labels of the fields that change something, named when a step sets none of them. */
  changeable: readonly string[]
  /**
   * Fills in, from the record as it is, inputs whose emptiness would otherwise change it (the currency of an
   * amount given alone); runs only after the inputs were checked, and its result is read with `toChanges`.
   */
  fillFromRecord?: (
    twenty: TwentyClient,
    id: string,
    inputData: Bundle['inputData'],
  ) => Promise<Bundle['inputData']>
  /** Sends the changes; resolves with what the step outputs. */
  update: (twenty: TwentyClient, id: string, changes: TChanges) => Promise<TResult>
  /** Zapier field labels by SDK input path, as {@link withTwenty} takes them. */
  labels: Readonly<Record<string, string>>
}

/**
 * The perform of an Update step: reads the record id, refuses before anything is sent a step that sets none of
 * the fields that change the record (fields left empty keep their values), and sends the rest.
 */
export function performUpdate<TChanges extends object, TResult>(
  options: UpdateRecordOptions<TChanges, TResult>,
) {
  return withTwenty(
    async (twenty, bundle) => {
      const id = recordId(bundle.inputData[options.idKey], options.idKey)
      if (id === undefined) {
        throw invalidInput(options.idKey, `Choose the ${options.idLabel.toLowerCase()} to update`)
      }
      const changes = options.toChanges(bundle.inputData)
      if (Object.keys(changes).length === 0) throw noneFilledIn('to change', options.changeable)
      if (!options.fillFromRecord) return options.update(twenty, id, changes)
      const filled = await options.fillFromRecord(twenty, id, bundle.inputData)
      return options.update(twenty, id, options.toChanges(filled))
    },
    { labels: { ...options.labels, [options.idKey]: options.idLabel } },
  )
}
