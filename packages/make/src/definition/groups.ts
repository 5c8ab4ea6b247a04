import type { Group } from '../format/types.js'

/** How the scenario builder lists the modules: by Twenty object, then the generic ones. */
export const groups: Group[] = [
  { label: 'People', modules: ['watchNewPeople', 'createPerson', 'updatePerson', 'searchPeople'] },
  { label: 'Companies', modules: ['createCompany', 'updateCompany', 'searchCompanies'] },
  {
    label: 'Opportunities',
    modules: ['watchWonOpportunities', 'createOpportunity', 'updateOpportunity', 'searchOpportunities'],
  },
  { label: 'Tasks', modules: ['watchCompletedTasks', 'createTask'] },
  { label: 'Notes', modules: ['createNote'] },
  { label: 'Events', modules: ['watchRecordEvents'] },
  { label: 'Other', modules: ['makeApiCall'] },
]
