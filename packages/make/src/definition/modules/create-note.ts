import type { Parameter } from '../../format/types.js'
import type { ModuleDefinition } from '../app-definition.js'
import { composite, markdownBodyFields } from '../twenty/composite-fields.js'
import { noteInterface } from '../twenty/record-interfaces.js'
import { LINKS, linkChain, linkOutputs, linkParams } from '../twenty/record-links.js'
import { noteSample } from '../twenty/record-samples.js'
import { fieldsOf, type Schemas } from '../twenty/typed-fields.js'

/** IML of the first linked record, in the order of LINKS (person, company, opportunity); `null` without one. */
function firstLinked(value: (field: (typeof LINKS)[number]['field']) => string): string {
  return `{{${LINKS.reduceRight((rest, { field }) => `if(parameters.${field}, ${value(field)}, ${rest})`, 'null')}}}`
}

// The Zapier app's Create Note links a note to exactly one record and outputs that record and its noteTarget. This
// module links to any of a person, a company and an opportunity, as Create a task does, so it outputs both: the
// links of Create a task, and the Zapier app's fields for the first linked record (the first noteTarget created).
const zapierOutputs = {
  linkedRecordType: firstLinked((field) => `'${field.replace(/Id$/, '')}'`),
  linkedRecordId: firstLinked((field) => `parameters.${field}`),
  noteTargetId: '{{ifempty(first(temp.noteTargetIds), null)}}',
}

const zapierInterface: Parameter[] = [
  {
    name: 'linkedRecordType',
    type: 'text',
    label: 'Linked record type',
    help: 'person, company or opportunity: the first record linked, in that order. Empty when the note is linked to nothing.',
  },
  { name: 'linkedRecordId', type: 'uuid', label: 'Linked record ID', help: 'The ID of that record.' },
  { name: 'noteTargetId', type: 'uuid', label: 'Note target ID', help: 'The link to that record.' },
]

/**
 * Creates a note with a Markdown body, optionally linked to a person, company and opportunity, one `noteTarget`
 * each. Empty fields are omitted (see createPerson). As with Create a task, Make cannot undo the note when a link
 * fails (the Zapier app deletes it): the scenario's error handler decides.
 */
export const createNote: ModuleDefinition = {
  id: 'createNote',
  label: 'Create a note',
  description: 'Creates a note, optionally linked to a person, company or opportunity.',
  type: 'action',
  crud: 'create',
  connection: 'twentyApiKey',
  communication: linkChain({ singular: 'note', plural: 'notes', output: zapierOutputs }),
  mappableParams: [
    ...fieldsOf<Schemas['Note']>([
      { name: 'title', type: 'text', label: 'Title', required: true },
      composite('bodyV2', 'Body', markdownBodyFields),
    ]),
    ...linkParams,
  ],
  interface: [...noteInterface, ...linkOutputs('note'), ...zapierInterface],
  samples: {
    ...noteSample,
    linkedPersonId: '5f0c6b2e-3a7d-4c1e-9b8a-2d4f6e8a0c12',
    linkedCompanyId: null,
    linkedOpportunityId: null,
    noteTargetIds: ['1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'],
    linkedRecordType: 'person',
    linkedRecordId: '5f0c6b2e-3a7d-4c1e-9b8a-2d4f6e8a0c12',
    noteTargetId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  },
}
