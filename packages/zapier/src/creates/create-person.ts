import { TwentyValidationError } from 'twenty-sdk'
import type { Create } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import {
  personInputFields,
  personLabels,
  personOutputFields,
  personSample,
  toPersonInput,
} from '../objects/person.js'

/**
 * Creates a person; the phone is split into Twenty's number, country and calling code. A step with neither a name
 * nor an email (say, mapped fields that came out empty) is refused: Twenty would store an untitled person.
 */
export const createPerson = {
  key: 'create_person',
  noun: 'Person',
  display: { label: 'Create Person', description: 'Creates a person in Twenty, optionally at a company.' },
  operation: {
    inputFields: personInputFields,
    perform: withTwenty(
      (twenty, bundle) => {
        const person = toPersonInput(bundle.inputData)
        if (!person.name && !person.emails) {
          throw new TwentyValidationError({
            message:
              'Fill in a First Name, Last Name or Email: without one, Twenty would store an untitled person',
            code: 'INVALID_INPUT',
          })
        }
        return twenty.people.create(person)
      },
      { labels: personLabels },
    ),
    outputFields: personOutputFields,
    sample: personSample,
  },
} satisfies Create
