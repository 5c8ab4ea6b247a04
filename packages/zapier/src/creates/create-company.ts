import type { Create } from 'zapier-platform-core'
import { withTwenty } from '../client/with-twenty.js'
import {
  companyInputFields,
  companyLabels,
  companyOutput,
  companyOutputFields,
  companySample,
  toCompanyInput,
} from '../objects/company.js'

/** Creates a company; the domain is stored as https://<host> so Find Company finds it again. */
export const createCompany = {
  key: 'create_company',
  noun: 'Company',
  display: { label: 'Create Company', description: 'Creates a company in Twenty.' },
  operation: {
    inputFields: companyInputFields,
    perform: withTwenty(
      async (twenty, bundle) =>
        companyOutput(await twenty.companies.create(toCompanyInput(bundle.inputData))),
      {
        labels: companyLabels,
      },
    ),
    outputFields: companyOutputFields,
    sample: companySample,
  },
} satisfies Create
