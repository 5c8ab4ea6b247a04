import { type AnyRecord, isTwentyValidationError, type TwentyClient } from 'twenty-sdk'
import type { Trigger } from 'zapier-platform-core'
import type { TwentyStep } from '../client/with-twenty.js'
import { type ObjectNames, objectNames, STANDARD_OBJECTS } from '../fields/object-name.js'
import { invalidInput } from '../fields/values.js'
import { opportunitySample } from '../objects/opportunity.js'
import { newestFirst, pollLimit } from './newest-first.js'
import { restHookOperation } from './rest-hook.js'

/** One update of one record: the record as it is now, which object it is, and which fields changed. */
export type UpdatedRecord = AnyRecord & { objectName: string; updatedFields: string[] }

// The sample's record: a deal as Twenty returns it, without the amount in units that only the deal steps add.
const { amountValue: _amountInUnits, ...updatedDeal } = opportunitySample

/** Latest updates of the chosen object, newest first; Twenty keeps no history, so `updatedFields` is empty. */
const recentUpdates: TwentyStep<UpdatedRecord[]> = async (twenty, bundle) => {
  const { singular, plural } = objectNames(bundle.inputData.object)
  const records = await newestFirst(twenty.records(plural, { singular }), 'updatedAt', pollLimit(bundle))
  return records.map((record) => ({ ...record, objectName: singular, updatedFields: [] }))
}

/**
 * Refuses an object Twenty does not have before subscribing: Twenty accepts a webhook for any event name, so a
 * misspelt object (or a plural typed as the singular) would give a Zap that is on but never fires.
 */
async function checkObject(twenty: TwentyClient, { singular, plural }: ObjectNames): Promise<void> {
  try {
    await twenty.records(plural, { singular }).list({ limit: 1 })
  } catch (error) {
    // Twenty answers 400 "object 'x' not found" for an unknown plural: say which form to type instead.
    if (!isTwentyValidationError(error) || !/not found/i.test(error.message)) throw error
    throw invalidInput(
      'object',
      `Twenty has no object "${singular}" with the plural "${plural}". Type the object's API name as in ` +
        'Settings → Data model, as singular/plural when its plural is not the singular plus "s" (e.g. cactus/cacti)',
    )
  }
}

/**
 * Instant: fires on every update of a record of one object, custom objects included. The same record fires
 * again on each later update: its id and `updatedAt` together are the dedupe key.
 */
export const updatedRecord = {
  key: 'updated_record',
  noun: 'Record',
  display: {
    label: 'Updated Record',
    description: 'Triggers when a record of the object you choose is updated in Twenty.',
  },
  operation: {
    ...restHookOperation<UpdatedRecord>({
      operations: (bundle) => [`${objectNames(bundle.inputData.object).singular}.updated`],
      description: (bundle) => `Zapier: Updated Record (${objectNames(bundle.inputData.object).singular})`,
      itemsFrom: (event, bundle) => {
        const { singular } = objectNames(bundle.inputData.object)
        if (event.eventName !== `${singular}.updated`) return []
        return [
          { ...(event.record as AnyRecord), objectName: singular, updatedFields: event.updatedFields ?? [] },
        ]
      },
      performList: recentUpdates,
      beforeSubscribe: (twenty, bundle) => checkObject(twenty, objectNames(bundle.inputData.object)),
      labels: { object: 'Object' },
    }),
    inputFields: [
      {
        key: 'object',
        label: 'Object',
        required: true,
        choices: STANDARD_OBJECTS.map(({ singular }) => ({
          value: singular,
          label: capitalize(singular),
          sample: singular,
        })),
        helpText:
          'For a custom object, enter a custom value instead of picking from the list (the "Custom" option of this ' +
          'dropdown) and type its API name, e.g. `pet`, or `singular/plural` when its plural is not the singular ' +
          'plus "s", e.g. `cactus/cacti`.',
      },
    ],
    outputFields: [
      { key: 'id', label: 'Record ID', type: 'string', primary: true },
      { key: 'updatedAt', label: 'Updated At', type: 'datetime', primary: true },
      { key: 'objectName', label: 'Object', type: 'string' },
      { key: 'updatedFields', label: 'Updated Fields', type: 'string', list: true },
      { key: 'createdAt', label: 'Created At', type: 'datetime' },
    ],
    // A deal just moved to another stage.
    sample: {
      ...updatedDeal,
      objectName: 'opportunity',
      updatedFields: ['stage', 'closeDate'],
      stage: 'PROPOSAL',
      updatedAt: '2026-11-24T08:10:47.000Z',
    },
  },
} satisfies Trigger

function capitalize(word: string): string {
  return `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`
}
