import type { NoteInput } from 'twenty-sdk'
import type { PlainOutputField } from 'zapier-platform-core'
import { compact, text } from '../fields/values.js'

// How a Twenty note looks in Zapier: the SDK input a Zap's fields become, outputs and a sample.

/** Zapier labels by SDK input path, for error messages. */
export const noteLabels: Readonly<Record<string, string>> = {
  title: 'Title',
  bodyV2: 'Body',
  recordType: 'Linked To',
  recordId: 'Record',
  personId: 'Record',
  companyId: 'Record',
  opportunityId: 'Record',
}

/** The SDK input for the note itself; its link to a record is created separately, as a noteTarget. */
export function toNoteInput(data: Record<string, unknown>): NoteInput {
  const body = text(data.body)
  return compact({
    title: text(data.title),
    bodyV2: body === undefined ? undefined : { markdown: body },
  }) as NoteInput
}

export const noteOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Note ID', type: 'string' },
  { key: 'title', label: 'Title', type: 'string' },
  { key: 'bodyV2__markdown', label: 'Body', type: 'string' },
  { key: 'linkedRecordType', label: 'Linked To', type: 'string' },
  { key: 'linkedRecordId', label: 'Linked Record ID', type: 'string' },
  { key: 'noteTargetId', label: 'Note Target ID', type: 'string' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
]

/** A note as Create Note returns it: Twenty's record plus what it was linked to. */
export const noteSample = {
  id: '7e6d5c4b-3a2f-4e1d-9c0b-8a7f6e5d4c3b',
  title: 'Call summary',
  bodyV2: { blocknote: null, markdown: 'Wants 200 kg a month from January.' },
  position: 1,
  createdBy: { source: 'API', workspaceMemberId: null, name: 'Zapier', context: {} },
  updatedBy: { source: 'API', workspaceMemberId: null, name: 'Zapier', context: {} },
  createdAt: '2026-11-21T09:12:44.000Z',
  updatedAt: '2026-11-21T09:12:44.000Z',
  deletedAt: null,
  linkedRecordType: 'person',
  linkedRecordId: '6f1c2b9e-4d3a-4b8e-9c7d-1a2b3c4d5e6f',
  noteTargetId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
}
