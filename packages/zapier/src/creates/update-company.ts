import type { Create } from 'zapier-platform-core'
import { keepingCurrency, withCurrentCurrency } from '../fields/money.js'
import {
  companyDetailFields,
  companyLabels,
  companyOutput,
  companyOutputFields,
  companySample,
  toCompanyInput,
} from '../objects/company.js'
import { performUpdate } from './update-record.js'

/**
 * Changes the fields given of a company, with the inputs of Create Company (domain as https://<host>, ARR in
 * micros); fields left empty keep their values. A step with none of them set is refused before anything is sent.
 */
export const updateCompany = {
  key: 'update_company',
  noun: 'Company',
  display: {
    label: 'Update Company',
    description:
      'Updates a company in Twenty: name, domain, employees, address, annual recurring revenue or account ' +
      'owner. Fields left empty keep their values.',
  },
  operation: {
    inputFields: [
      {
        key: 'companyId',
        label: 'Company',
        required: true,
        dynamic: 'list_companies.id.name',
        search: 'find_company.id',
        helpText: 'Pick one, or map the ID from an earlier step.',
      },
      { key: 'name', label: 'Name', helpText: 'The new company name; leave empty to keep it.' },
      ...companyDetailFields.map(keepingCurrency('company')),
    ],
    perform: performUpdate({
      idKey: 'companyId',
      idLabel: 'Company',
      toChanges: toCompanyInput,
      // ARR Currency alone changes nothing: it only says what the revenue is in.
      changeable: [
        'Name',
        'Domain',
        'Employees',
        'LinkedIn URL',
        'Annual Recurring Revenue',
        'an Address field',
        'Ideal Customer Profile',
        'Account Owner',
      ],
      fillFromRecord: (twenty, id, inputData) =>
        withCurrentCurrency(
          inputData,
          { amount: 'annualRecurringRevenue', currency: 'currency' },
          async () => (await twenty.companies.get(id)).annualRecurringRevenue,
        ),
      update: async (twenty, id, changes) => companyOutput(await twenty.companies.update(id, changes)),
      labels: companyLabels,
    }),
    outputFields: companyOutputFields,
    sample: { ...companySample, employees: 52, updatedAt: '2026-11-24T09:15:08.000Z' },
  },
} satisfies Create
