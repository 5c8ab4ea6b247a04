import { addressFields, composite, currencyInputFields, linksFields } from './composite-fields.js'
import { fieldsOf, type Schemas } from './typed-fields.js'

// The inputs Create a company and Update a company share after the name, as the Zapier app shares
// companyDetailFields: the revenue is typed in units (modules send it in micros, see withAmountInMicros).

/** Domain, employees, links, annual recurring revenue, address, ideal customer profile and account owner. */
export const companyDetailParams = fieldsOf<Schemas['CompanyForUpdate']>([
  composite('domainName', 'Domain', linksFields, 'The primary URL is unique in a workspace.'),
  { name: 'employees', type: 'uinteger', label: 'Employees' },
  composite('linkedinLink', 'LinkedIn', linksFields),
  composite('xLink', 'X', linksFields),
  composite('annualRecurringRevenue', 'Annual recurring revenue', currencyInputFields),
  composite('address', 'Address', addressFields),
  { name: 'idealCustomerProfile', type: 'boolean', label: 'Ideal customer profile' },
  {
    name: 'accountOwnerId',
    type: 'select',
    label: 'Account owner ID',
    options: 'rpc://listMembers',
    help: 'Or map a workspace member ID.',
  },
])
