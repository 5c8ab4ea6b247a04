import { fullName, recordLabel } from '../twenty/iml-snippets.js'
import { personInterface } from '../twenty/record-interfaces.js'
import { personSample } from '../twenty/record-samples.js'
import { pollingTrigger } from './polling-trigger.js'

/** Fires once per person created in Twenty (by `createdAt`). */
export const watchNewPeople = pollingTrigger({
  id: 'watchNewPeople',
  label: 'Watch new people',
  description: 'Triggers when a new person is created.',
  plural: 'people',
  dateField: 'createdAt',
  epochLabel: recordLabel(fullName('item.name'), 'item.emails.primaryEmail', ' · ', '', 'Untitled person'),
  interface: personInterface,
  samples: personSample,
})
