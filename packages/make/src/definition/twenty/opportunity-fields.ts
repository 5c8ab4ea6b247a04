import { composite, currencyInputFields } from './composite-fields.js'
import { type FieldOf, fieldsOf, type Schemas } from './typed-fields.js'

// The inputs Create an opportunity and Update an opportunity share, after the name: stage, amount (in units),
// close date and the relations, as the Zapier app shares them (opportunityDetailFields).

/** The stage dropdown: the workspace's own stages, read by listOpportunityStages. */
export const stageParam: FieldOf<Schemas['OpportunityForUpdate']> = {
  name: 'stage',
  type: 'select',
  label: 'Stage',
  help: "Your workspace's own stages, standard and added. To map a stage, use its API value in capitals, such as CUSTOMER or NEGOTIATION.",
  options: 'rpc://listOpportunityStages',
}

/** Amount, close date, point of contact and company. */
export const opportunityDetailParams = fieldsOf<Schemas['OpportunityForUpdate']>([
  composite('amount', 'Amount', currencyInputFields),
  {
    name: 'closeDate',
    type: 'date',
    label: 'Close date',
    help: 'When the deal is expected to close, such as 2026-12-31.',
  },
  {
    name: 'pointOfContactId',
    type: 'select',
    label: 'Point of contact ID',
    options: 'rpc://listPeople',
    help: 'Or map a person ID.',
  },
  {
    name: 'companyId',
    type: 'select',
    label: 'Company ID',
    options: 'rpc://listCompanies',
    help: 'Or map a company ID.',
  },
])
