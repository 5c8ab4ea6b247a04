import type { ModuleDefinition } from '../app-definition.js'
import { companyDetailParams } from '../twenty/company-fields.js'
import { amountInUnits, unconfirmedCreateErrors, withAmountInMicros } from '../twenty/iml-snippets.js'
import { companyInterface } from '../twenty/record-interfaces.js'
import { companySample } from '../twenty/record-samples.js'
import { fieldsOf, type Schemas } from '../twenty/typed-fields.js'

/**
 * Creates a company; the body is `{{parameters}}`, so empty fields are omitted (see createPerson), with the annual
 * recurring revenue typed in units and sent in micros.
 */
export const createCompany: ModuleDefinition = {
  id: 'createCompany',
  label: 'Create a company',
  description: 'Creates a company.',
  type: 'action',
  crud: 'create',
  connection: 'twentyApiKey',
  communication: {
    url: '/rest/companies',
    method: 'POST',
    ...withAmountInMicros('parameters', 'annualRecurringRevenue'),
    response: {
      error: unconfirmedCreateErrors('company'),
      output: {
        '{{...}}': '{{body.data.createCompany}}',
        annualRecurringRevenueAmount: amountInUnits('body.data.createCompany.annualRecurringRevenue'),
      },
    },
  },
  mappableParams: [
    ...fieldsOf<Schemas['Company']>([{ name: 'name', type: 'text', label: 'Name', required: true }]),
    ...companyDetailParams,
  ],
  interface: companyInterface,
  samples: companySample,
}
