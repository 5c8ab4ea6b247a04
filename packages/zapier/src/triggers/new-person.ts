import type { Trigger } from 'zapier-platform-core'
import { personOutputFields, personSample } from '../objects/person.js'
import { recentPeople } from './recent.js'
import { restHookOperation } from './rest-hook.js'

/** Instant: fires when a person is created in Twenty, through a signed webhook. */
export const newPerson = {
  key: 'new_person',
  noun: 'Person',
  display: {
    label: 'New Person',
    description: 'Triggers when a person is created in Twenty.',
  },
  operation: {
    ...restHookOperation({
      operations: () => ['person.created'],
      description: () => 'Zapier: New Person',
      itemsFrom: (event) => [event.record],
      performList: recentPeople,
    }),
    outputFields: personOutputFields,
    sample: personSample,
  },
} satisfies Trigger
