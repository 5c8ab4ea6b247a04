// The Zapier app for Twenty: every trigger, action and search, registered by key. Each step lives in its own
// file; this one only assembles them.
import zapier, { defineApp } from 'zapier-platform-core'
import packageJson from '../package.json' with { type: 'json' }
import { authentication } from './authentication.js'
import { createCompany } from './creates/create-company.js'
import { createNote } from './creates/create-note.js'
import { createOpportunity } from './creates/create-opportunity.js'
import { createPerson } from './creates/create-person.js'
import { createTask } from './creates/create-task.js'
import { updateCompany } from './creates/update-company.js'
import { updateOpportunity } from './creates/update-opportunity.js'
import { updatePerson } from './creates/update-person.js'
import { findOrCreateCompany } from './search-or-creates/find-or-create-company.js'
import { findOrCreatePerson } from './search-or-creates/find-or-create-person.js'
import { findCompany } from './searches/find-company.js'
import { findOpportunity } from './searches/find-opportunity.js'
import { findPerson } from './searches/find-person.js'
import { listCompanies } from './triggers/hidden/list-companies.js'
import { listOpportunities } from './triggers/hidden/list-opportunities.js'
import { listPeople } from './triggers/hidden/list-people.js'
import { listOpportunityStages, listTaskStatuses } from './triggers/hidden/list-select-options.js'
import { listWorkspaceMembers } from './triggers/hidden/list-workspace-members.js'
import { newCompany } from './triggers/new-company.js'
import { newPerson } from './triggers/new-person.js'
import { newPersonPolling } from './triggers/new-person-polling.js'
import { newTask } from './triggers/new-task.js'
import { opportunityWon } from './triggers/opportunity-won.js'
import { opportunityWonPolling } from './triggers/opportunity-won-polling.js'
import { taskCompleted } from './triggers/task-completed.js'
import { updatedRecord } from './triggers/updated-record.js'

/**
 * The app definition Zapier loads: `export default` is what `zapier-platform` and the Lambda handler read.
 * Registry keys repeat each step's `key` (Zapier's schema checks that they match).
 */
const App = defineApp({
  version: packageJson.version,
  platformVersion: zapier.version,
  authentication,
  flags: {
    // Empty optional fields arrive as absent, not as '' (the default since core 18, stated for clarity).
    cleanInputData: true,
  },
  triggers: {
    new_person: newPerson,
    new_company: newCompany,
    new_task: newTask,
    opportunity_won: opportunityWon,
    task_completed: taskCompleted,
    updated_record: updatedRecord,
    new_person_polling: newPersonPolling,
    opportunity_won_polling: opportunityWonPolling,
    list_people: listPeople,
    list_companies: listCompanies,
    list_opportunities: listOpportunities,
    list_workspace_members: listWorkspaceMembers,
    list_opportunity_stages: listOpportunityStages,
    list_task_statuses: listTaskStatuses,
  },
  creates: {
    create_person: createPerson,
    create_company: createCompany,
    create_task: createTask,
    create_opportunity: createOpportunity,
    update_opportunity: updateOpportunity,
    update_person: updatePerson,
    update_company: updateCompany,
    create_note: createNote,
  },
  searches: {
    find_person: findPerson,
    find_company: findCompany,
    find_opportunity: findOpportunity,
  },
  searchOrCreates: {
    find_person: findOrCreatePerson,
    find_company: findOrCreateCompany,
  },
})

export default App
