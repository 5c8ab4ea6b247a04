import type { Bundle, Create, PlainInputField, ZObject } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import { undoCreate } from '../errors/partial-write.js'
import { recordId } from '../fields/record-id.js'
import { invalidInput, text } from '../fields/values.js'
import { noteLabels, noteOutputFields, noteSample, toNoteInput } from '../objects/note.js'

/** The records a note can be attached to, and the dropdown and search that find each. */
const RECORD_TYPES = {
  person: {
    label: 'Person',
    targetKey: 'personId',
    dynamic: 'list_people.id.label',
    search: 'find_person.id',
  },
  company: {
    label: 'Company',
    targetKey: 'companyId',
    dynamic: 'list_companies.id.name',
    search: 'find_company.id',
  },
  opportunity: {
    label: 'Opportunity',
    targetKey: 'opportunityId',
    dynamic: 'list_opportunities.id.label',
    search: 'find_opportunity.id',
  },
} as const

type RecordType = keyof typeof RECORD_TYPES

/** The record field, built once the user has chosen what the note is about. */
export function linkedRecordField(_z: ZObject, bundle: Bundle): PlainInputField[] {
  const type = RECORD_TYPES[bundle.inputData.recordType as RecordType]
  if (!type) return []
  return [
    {
      key: 'recordId',
      label: type.label,
      required: true,
      dynamic: type.dynamic,
      search: type.search,
      helpText: `The ${type.label.toLowerCase()} the note is about. Pick one, or map the ID from an earlier step.`,
    },
  ]
}

/**
 * Creates a note on a person, company or opportunity: the note, then the `noteTarget` that attaches it. The id
 * is checked first, and if Twenty refuses the link the note is removed again, so nothing is left unattached; if
 * even that fails, the error names the note to delete.
 */
export const createNote = {
  key: 'create_note',
  noun: 'Note',
  display: {
    label: 'Create Note',
    description: 'Creates a note on a person, company or opportunity in Twenty.',
  },
  operation: {
    inputFields: [
      {
        key: 'recordType',
        label: 'Linked To',
        required: true,
        choices: Object.entries(RECORD_TYPES).map(([value, { label }]) => ({ value, label, sample: value })),
        altersDynamicFields: true,
        helpText: 'What the note is about; the next field lists the records of that kind.',
      },
      linkedRecordField,
      { key: 'title', label: 'Title', required: true, helpText: 'e.g. Call summary.' },
      {
        key: 'body',
        label: 'Body',
        type: 'text',
        helpText: 'Plain text, or Markdown such as **bold** and lists, which Twenty shows formatted.',
      },
    ],
    perform: withTwenty(
      async (twenty, bundle) => {
        const recordType = text(bundle.inputData.recordType) as RecordType | undefined
        const type = recordType ? RECORD_TYPES[recordType] : undefined
        if (!recordType || !type) throw invalidInput('recordType', 'Choose person, company or opportunity')
        const linkedId = recordId(bundle.inputData.recordId, 'recordId')
        if (linkedId === undefined) throw invalidInput('recordId', `Choose the ${type.label.toLowerCase()}`)
        const note = await twenty.notes.create(toNoteInput(bundle.inputData))
        try {
          const target = await twenty.noteTargets.create({ noteId: note.id, [type.targetKey]: linkedId })
          return { ...note, linkedRecordType: recordType, linkedRecordId: linkedId, noteTargetId: target.id }
        } catch (error) {
          throw await undoCreate(error, { noun: 'note', title: note.title ?? undefined, id: note.id }, () =>
            twenty.notes.destroy(note.id),
          )
        }
      },
      { labels: noteLabels },
    ),
    outputFields: noteOutputFields,
    sample: noteSample,
  },
} satisfies Create
