import type { HttpClient } from '../transport/http-client.js'
import { BaseResource } from './base-resource.js'
import type { NoteTarget, NoteTargetInput, NoteTargetUpdate } from './object-types.js'

/** Note targets (`/rest/noteTargets`): one row links one note to one person, company or opportunity. */
export class NoteTargetsResource extends BaseResource<NoteTarget, NoteTargetInput, NoteTargetUpdate> {
  constructor(http: HttpClient) {
    super(http, { singular: 'noteTarget', plural: 'noteTargets' }, 'noteTarget')
  }
}
