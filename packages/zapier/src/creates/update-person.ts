import type { Create } from 'zapier-platform-core'
import {
  personInputFields,
  personLabels,
  personOutputFields,
  personSample,
  toPersonInput,
} from '../objects/person.js'
import { performUpdate } from './update-record.js'

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
    perform: performUpdate({
      idKey: 'personId',
      idLabel: 'Person',
      toChanges: toPersonInput,
      // Phone Country alone changes nothing: it only says how to read a Phone Number.
      changeable: [
        'First Name',
        'Last Name',
        'Email',
        'Phone Number',
        'Job Title',
        'City',
        'LinkedIn URL',
        'Company',
      ],
      update: (twenty, id, changes) => twenty.people.update(id, changes),
      labels: personLabels,
    }),
    outputFields: personOutputFields,
    // The created person after an update, which moves its `updatedAt` past `createdAt`.
    sample: { ...personSample, jobTitle: 'Sales Director', updatedAt: '2026-11-24T09:02:13.000Z' },
  },
} satisfies Create
