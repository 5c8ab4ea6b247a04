import type { HttpClient } from '../transport/http-client.js'
import { BaseResource } from './base-resource.js'
import type { Note, NoteInput, NoteUpdate } from './object-types.js'

/** Notes (`/rest/notes`). Link a note to records with `noteTargets`. */
export class NotesResource extends BaseResource<Note, NoteInput, NoteUpdate> {
  constructor(http: HttpClient) {
    super(http, { singular: 'note', plural: 'notes' }, 'note')
  }
}
