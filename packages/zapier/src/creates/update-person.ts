import type { Create } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import { recordId } from '../fields/record-id.js'
import { invalidInput, noneFilledIn } from '../fields/values.js'
import {
  personInputFields,
  personLabels,
  personOutputFields,
  personSample,
  toPersonInput,
} from '../objects/person.js'

/**
 * Changes the fields given of a person, with the inputs of Create Person (the phone split the same way); fields
 * left empty keep their values. A step with none of them set is refused before anything is sent.
 */
export const updatePerson = {
  key: 'update_person',
  noun: 'Person',
  display: {
    label: 'Update Person',
    description:
      'Updates a person in Twenty: name, email, phone, job title, city, LinkedIn or company. Fields left empty ' +
      'keep their values.',
  },
  operation: {
    inputFields: [
      {
        key: 'personId',
        label: 'Person',
        required: true,
        dynamic: 'list_people.id.label',
        search: 'find_person.id',
        helpText: 'Pick one, or map the ID from an earlier step.',
      },
      ...personInputFields,
    ],
    perform: withTwenty(
      async (twenty, bundle) => {
        const id = recordId(bundle.inputData.personId, 'personId')
        if (id === undefined) throw invalidInput('personId', 'Choose the person to update')
        const changes = toPersonInput(bundle.inputData)
        if (Object.keys(changes).length === 0) {
          // Phone Country alone changes nothing: it only says how to read a Phone Number.
          throw noneFilledIn('to change', [
            'First Name',
            'Last Name',
            'Email',
            'Phone Number',
            'Job Title',
            'City',
            'LinkedIn URL',
            'Company',
          ])
        }
        return twenty.people.update(id, changes)
      },
      { labels: { ...personLabels, personId: 'Person' } },
    ),
    outputFields: personOutputFields,
    // The created person after an update, which moves its `updatedAt` past `createdAt`.
    sample: { ...personSample, jobTitle: 'Sales Director', updatedAt: '2026-11-24T09:02:13.000Z' },
  },
} satisfies Create
