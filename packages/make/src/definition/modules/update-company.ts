import type { ModuleDefinition } from '../app-definition.js'
import { companyDetailParams } from '../twenty/company-fields.js'
import { amountInUnits, anyFieldBut, withAmountInMicros } from '../twenty/iml-snippets.js'
import { companyInterface } from '../twenty/record-interfaces.js'
import { companySample } from '../twenty/record-samples.js'
import { fieldsOf, type Schemas } from '../twenty/typed-fields.js'

/**
 * Updates a company with a PATCH of the mapped fields only (see updatePerson), with the inputs of Create a company:
 * the annual recurring revenue is typed in units and sent in micros. With no field mapped besides the company, the
 * request's `condition` skips it and the module outputs nothing.
 */
export const updateCompany: ModuleDefinition = {
  id: 'updateCompany',
  label: 'Update a company',
  description:
    'Updates the mapped fields of a company and leaves the others unchanged. Updates nothing, and outputs nothing, when no field is mapped.',
  type: 'action',
  crud: 'update',
  connection: 'twentyApiKey',
  communication: {
    url: '/rest/companies/{{parameters.companyId}}',
    condition: anyFieldBut('companyId'),
    method: 'PATCH',
    ...withAmountInMicros("omit(parameters, 'companyId')", 'annualRecurringRevenue'),
    response: {
      output: {
        '{{...}}': '{{body.data.updateCompany}}',
        annualRecurringRevenueAmount: amountInUnits('body.data.updateCompany.annualRecurringRevenue'),
      },
    },
  },
  mappableParams: [
    {
      name: 'companyId',
      type: 'select',
      label: 'Company',
      options: 'rpc://listCompanies',
      help: 'Or map a company ID. With no other field mapped, nothing is sent and the module outputs nothing.',
      required: true,
    },
    ...fieldsOf<Schemas['CompanyForUpdate']>([{ name: 'name', type: 'text', label: 'Name' }]),
    ...companyDetailParams,
  ],
  interface: companyInterface,
  samples: { ...companySample, employees: 52, updatedAt: '2026-11-24T09:15:08.000Z' },
}
