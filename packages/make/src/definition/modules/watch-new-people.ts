import { personInterface } from '../twenty/record-interfaces.js'
import { personSample } from '../twenty/record-samples.js'
import { pollingTrigger } from './polling-trigger.js'

/** Fires once per person created in Twenty (by `createdAt`). */
export const watchNewPeople = pollingTrigger({
  id: 'watchNewPeople',
  label: 'Watch New People',
  description: 'Triggers when a person is created.',
  plural: 'people',
  dateField: 'createdAt',
  // IML cannot concatenate, so the separator appears only when there is an email to separate.
  epochLabel:
    "{{item.name.firstName}} {{item.name.lastName}}{{if(item.emails.primaryEmail, ' · ', '')}}{{item.emails.primaryEmail}}",
  interface: personInterface,
  samples: personSample,
})
