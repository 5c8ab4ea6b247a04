import { dropdownPage } from '../newest-first.js'
import { dropdownTrigger, fullName, pageOf } from './dropdown-trigger.js'

/** A workspace member as Twenty's REST API lists it (`/rest/workspaceMembers`); the SDK has no typed resource. */
interface WorkspaceMember {
  id: string
  name?: { firstName?: string; lastName?: string }
  userEmail?: string
}

/** Workspace members, for assignee and account-owner dropdowns. */
export const listWorkspaceMembers = dropdownTrigger(
  'list_workspace_members',
  'Workspace Members',
  async (twenty, bundle, z) => {
    const members = twenty.records<WorkspaceMember & { [key: string]: unknown }>('workspaceMembers', {
      singular: 'workspaceMember',
    })
    const page = await dropdownPage(members, pageOf(bundle.meta), { createdAt: 'AscNullsLast' }, z.cursor)
    return page.map((member) => {
      const name = fullName(member.name)
      const email = member.userEmail || undefined
      return { id: member.id, label: name && email ? `${name} <${email}>` : (name ?? email ?? member.id) }
    })
  },
)
