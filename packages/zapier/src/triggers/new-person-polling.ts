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
      'Checks Twenty for new people every few minutes. Use it only when the instant New Person trigger cannot work: ' +
      'a self-hosted Twenty that cannot send webhooks to the internet (behind a firewall, or without its worker running), ' +
      'or an API key without the webhooks permission.',
  },
  operation: {
    type: 'polling',
    perform: withTwenty(recentPeople),
    outputFields: personOutputFields,
    sample: personSample,
  },
} satisfies Trigger
