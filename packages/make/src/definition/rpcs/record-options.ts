import type { RpcDefinition } from '../app-definition.js'
import {
  CURSOR_PAGINATION,
  fullName,
  optionLabel,
  orderBy,
  PAGE_SIZE,
  recordLabel,
} from '../twenty/iml-snippets.js'

/** Make shows at most this many options from one RPC call unless told otherwise. */
export const RPC_LIMIT = 500

interface RecordOptionsOptions {
  id: string
  label: string
  plural: string
  /** IML label of one option. */
  optionLabel: string
  /** A sortable (non-composite) field, or a composite's sub-field. */
  sortBy: string
}

/** A dropdown of records (`{label, value: id}`), alphabetical, following Twenty's cursors. */
function recordOptions(options: RecordOptionsOptions): RpcDefinition {
  return {
    id: options.id,
    label: options.label,
    connection: 'twentyApiKey',
    params: [],
    communication: {
      url: `/rest/${options.plural}`,
      method: 'GET',
      qs: { order_by: orderBy(options.sortBy, 'AscNullsLast'), limit: PAGE_SIZE },
      pagination: CURSOR_PAGINATION,
      response: {
        iterate: `{{body.data.${options.plural}}}`,
        output: { label: options.optionLabel, value: '{{item.id}}' },
        limit: RPC_LIMIT,
      },
    },
  }
}

export const listCompanies = recordOptions({
  id: 'listCompanies',
  label: 'List companies',
  plural: 'companies',
  optionLabel: "{{ifempty(item.name, 'Untitled company')}}",
  sortBy: 'name',
})

/** People, labelled "Name <email>" when they have both, so namesakes can be told apart (as in the Zapier app). */
export const listPeople = recordOptions({
  id: 'listPeople',
  label: 'List people',
  plural: 'people',
  optionLabel: recordLabel(fullName('item.name'), 'item.emails.primaryEmail', ' <', '>', 'Untitled person'),
  sortBy: 'name.firstName',
})

export const listOpportunities = recordOptions({
  id: 'listOpportunities',
  label: 'List opportunities',
  plural: 'opportunities',
  optionLabel: `{{ifempty(item.name, 'Untitled opportunity')}} ({{${optionLabel('item.stage')}}})`,
  sortBy: 'name',
})

/** Workspace members: assignees of tasks and owners of companies. */
export const listMembers = recordOptions({
  id: 'listMembers',
  label: 'List workspace members',
  plural: 'workspaceMembers',
  optionLabel: recordLabel(fullName('item.name'), 'item.userEmail', ' (', ')', 'Unnamed member'),
  sortBy: 'name.firstName',
})
