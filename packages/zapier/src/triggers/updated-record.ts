import type { AnyRecord } from 'twenty-sdk'
import type { Trigger } from 'zapier-platform-core'
import type { TwentyStep } from '../client/with-twenty.js'
import { objectNames, STANDARD_OBJECTS } from '../fields/object-name.js'
import { newestFirst, pollLimit } from './newest-first.js'
import { restHookOperation } from './rest-hook.js'

/** One update of one record: the record as it is now, which object it is, and which fields changed. */
export type UpdatedRecord = AnyRecord & { objectName: string; updatedFields: string[] }

/** Latest updates of the chosen object, newest first; Twenty keeps no history, so `updatedFields` is empty. */
const recentUpdates: TwentyStep<UpdatedRecord[]> = async (twenty, bundle) => {
  const { singular, plural } = objectNames(bundle.inputData.object)
  const records = await newestFirst(twenty.records(plural, { singular }), 'updatedAt', pollLimit(bundle))
  return records.map((record) => ({ ...record, objectName: singular, updatedFields: [] }))
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
    sample: {
      id: '8c4d2e1f-6a5b-4c3d-9e8f-0a1b2c3d4e5f',
      objectName: 'opportunity',
      updatedFields: ['stage', 'closeDate'],
      name: 'Wholesale contract 2027',
      stage: 'PROPOSAL',
      closeDate: '2026-12-15T00:00:00.000Z',
      createdAt: '2026-10-02T09:00:00.000Z',
      updatedAt: '2026-11-21T14:32:05.000Z',
      deletedAt: null,
    },
  },
} satisfies Trigger

function capitalize(word: string): string {
  return `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`
}
