import type { Trigger } from 'zapier-platform-core'
import { companyOutput, companyOutputFields, companySample } from '../objects/company.js'
import { recentCompanies } from './recent.js'
import { restHookOperation } from './rest-hook.js'

/** Instant: fires when a company is created in Twenty, through a signed webhook. */
export const newCompany = {
  key: 'new_company',
  noun: 'Company',
  display: {
    label: 'New Company',
    description: 'Triggers when a company is created in Twenty.',
  },
  operation: {
    ...restHookOperation({
      operations: () => ['company.created'],
      description: () => 'Zapier: New Company',
      itemsFrom: (event) => [companyOutput(event.record as Record<string, unknown>)],
      performList: recentCompanies,
    }),
    outputFields: companyOutputFields,
    sample: companySample,
  },
} satisfies Trigger
