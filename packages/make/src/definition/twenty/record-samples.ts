import type { ImlValue } from '../../format/types.js'
import type { Schemas } from './typed-fields.js'

// Example bundles shown in Make's scenario builder before a module has run. Typed by the SDK's response types,
// so a sample cannot carry a field Twenty does not return.

type Sample<T> = { [K in keyof T]?: T[K] } & Record<string, ImlValue>

const actor = { source: 'API' as const, name: 'Make', workspaceMemberId: null, context: {} }
const created = {
  createdAt: '2026-11-20T09:30:00.000Z',
  updatedAt: '2026-11-20T09:30:00.000Z',
  deletedAt: null,
  createdBy: actor,
  updatedBy: actor,
}

/** Links as Twenty returns them when only the primary link is set. */
const link = (primaryLinkUrl: string) => ({ primaryLinkUrl, primaryLinkLabel: '', secondaryLinks: null })

export const personSample: Sample<Schemas['PersonForResponse']> = {
  id: '5f0c6b2e-3a7d-4c1e-9b8a-2d4f6e8a0c12',
  ...created,
  name: { firstName: 'Linh', lastName: 'Nguyen' },
  emails: { primaryEmail: 'linh@saigoncoffee.example', additionalEmails: null },
  phones: {
    primaryPhoneNumber: '912345678',
    primaryPhoneCountryCode: 'VN',
    primaryPhoneCallingCode: '+84',
    additionalPhones: null,
  },
  jobTitle: 'Head of Sales',
  city: 'Ho Chi Minh City',
  avatarUrl: '',
  linkedinLink: link('https://linkedin.com/in/linh'),
  xLink: link(''),
  companyId: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
  position: 1,
}

export const companySample: Sample<Schemas['CompanyForResponse']> = {
  id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
  ...created,
  name: 'Saigon Coffee Roasters',
  domainName: link('https://saigoncoffee.example'),
  employees: 42,
  linkedinLink: link(''),
  xLink: link(''),
  annualRecurringRevenue: { amountMicros: 1_200_000_000_000, currencyCode: 'USD' },
  annualRecurringRevenueAmount: 1_200_000,
  address: {
    addressStreet1: '12 Nguyen Hue',
    addressStreet2: '',
    addressCity: 'Ho Chi Minh City',
    addressState: '',
    addressPostcode: '700000',
    addressCountry: 'Vietnam',
    addressLat: null,
    addressLng: null,
  },
  idealCustomerProfile: true,
  accountOwnerId: null,
  position: 1,
}

export const opportunitySample: Sample<Schemas['OpportunityForResponse']> = {
  id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  ...created,
  name: 'Wholesale contract',
  amount: { amountMicros: 250_000_000_000, currencyCode: 'USD' },
  amountValue: 250_000,
  closeDate: '2026-12-31T00:00:00.000Z',
  stage: 'CUSTOMER',
  pointOfContactId: '5f0c6b2e-3a7d-4c1e-9b8a-2d4f6e8a0c12',
  companyId: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
  position: 1,
}

/** A task as Create a task returns it: new, so TODO. Watch completed tasks shows it done (`doneTaskSample`). */
export const taskSample: Sample<Schemas['TaskForResponse']> = {
  id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b',
  ...created,
  title: 'Send the wholesale price list',
  bodyV2: { markdown: 'Prices for 2027, **including** shipping.', blocknote: null },
  dueAt: '2026-11-27T17:00:00.000Z',
  status: 'TODO',
  assigneeId: null,
  position: 1,
}

/** A task as Watch completed tasks outputs it: done, and updated after it was created. */
export const doneTaskSample: Sample<Schemas['TaskForResponse']> = {
  ...taskSample,
  updatedAt: '2026-11-26T16:45:00.000Z',
  status: 'DONE',
}

export const noteSample: Sample<Schemas['NoteForResponse']> = {
  id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  ...created,
  title: 'Call summary',
  bodyV2: { markdown: 'Wants 200 kg a month from **January**.', blocknote: null },
  position: 1,
}
