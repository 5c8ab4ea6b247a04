import type { Trigger } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import { personOutputFields, personSample } from '../objects/person.js'
import { recentPeople } from './recent.js'

/** Polling twin of New Person, for servers Zapier's webhooks cannot reach. */
export const newPersonPolling = {
  key: 'new_person_polling',
  noun: 'Person',
  display: {
    label: 'New Person (Polling)',
    description:
      'Triggers when a person is created in Twenty, checked every few minutes. Use it only if the instant New Person ' +
      'trigger cannot work: no webhooks from Twenty, or a key without webhook access.',
  },
  operation: {
    type: 'polling',
    perform: withTwenty(recentPeople),
    outputFields: personOutputFields,
    sample: personSample,
  },
} satisfies Trigger
