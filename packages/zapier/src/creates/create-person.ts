import type { Create } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import {
  personInputFields,
  personLabels,
  personOutputFields,
  personSample,
  toPersonInput,
} from '../objects/person.js'

/** Creates a person; the phone is split into Twenty's number, country and calling code. */
export const createPerson = {
  key: 'create_person',
  noun: 'Person',
  display: { label: 'Create Person', description: 'Creates a person in Twenty, optionally at a company.' },
  operation: {
    inputFields: personInputFields,
    perform: withTwenty((twenty, bundle) => twenty.people.create(toPersonInput(bundle.inputData)), {
      labels: personLabels,
    }),
    outputFields: personOutputFields,
    sample: personSample,
  },
} satisfies Create
