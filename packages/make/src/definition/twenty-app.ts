import type { AppDefinition } from './app-definition.js'
import { appReadme } from './app-readme.js'
import { base } from './base.js'
import { twentyApiKey } from './connection.js'
import { groups } from './groups.js'
import { createCompany } from './modules/create-company.js'
import { createNote } from './modules/create-note.js'
import { createOpportunity } from './modules/create-opportunity.js'
import { createPerson } from './modules/create-person.js'
import { createTask } from './modules/create-task.js'
import { makeApiCall } from './modules/make-api-call.js'
import { searchCompanies } from './modules/search-companies.js'
import { searchOpportunities } from './modules/search-opportunities.js'
import { searchPeople } from './modules/search-people.js'
import { updateCompany } from './modules/update-company.js'
import { updateOpportunity } from './modules/update-opportunity.js'
import { updatePerson } from './modules/update-person.js'
import { watchCompletedTasks } from './modules/watch-completed-tasks.js'
import { watchNewPeople } from './modules/watch-new-people.js'
import { watchRecordEvents } from './modules/watch-record-events.js'
import { watchWonOpportunities } from './modules/watch-won-opportunities.js'
import { listCompanies, listMembers, listOpportunities, listPeople } from './rpcs/record-options.js'
import { listOpportunityStages, listTaskStatuses } from './rpcs/select-options.js'
import { recordEvents } from './webhooks/record-events.js'

/** The Twenty app for Make: everything the generator writes to `app/`. */
export const twentyApp: AppDefinition = {
  base,
  readme: appReadme,
  connections: [twentyApiKey],
  modules: [
    watchNewPeople,
    watchWonOpportunities,
    watchCompletedTasks,
    watchRecordEvents,
    createPerson,
    createCompany,
    createTask,
    createNote,
    createOpportunity,
    updateOpportunity,
    updatePerson,
    updateCompany,
    searchPeople,
    searchCompanies,
    searchOpportunities,
    makeApiCall,
  ],
  rpcs: [listCompanies, listPeople, listOpportunities, listMembers, listOpportunityStages, listTaskStatuses],
  webhooks: [recordEvents],
  groups,
  origins: [
    {
      label: 'Development (replace appId after creating the app on Make)',
      baseUrl: 'https://eu1.make.com/api',
      appId: 'twenty-dev-CHANGE-ME',
      appVersion: 1,
      apikeyFile: '.secrets/apikey',
    },
  ],
}
