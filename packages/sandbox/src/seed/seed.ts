import { OBJECTS_BY_PLURAL, type ObjectDefinition } from '../store/objects.js'
import type { Actor, RecordStore } from '../store/record-store.js'
import { SeededRandom } from './random.js'

const FIRST_NAMES = [
  'Linh',
  'Minh',
  'Anh',
  'Huong',
  'Tuan',
  'Mai',
  'Olivia',
  'Liam',
  'Emma',
  'Noah',
  'Ava',
  'Lucas',
  'Chloe',
  'Ethan',
]
const LAST_NAMES = [
  'Nguyen',
  'Tran',
  'Le',
  'Pham',
  'Hoang',
  'Smith',
  'Johnson',
  'Garcia',
  'Brown',
  'Martin',
  'Dubois',
  'Rossi',
]
const JOB_TITLES = [
  'CEO',
  'CTO',
  'Head of Sales',
  'Marketing Manager',
  'Procurement Lead',
  'Founder',
  'Operations Director',
]
const COMPANIES: readonly {
  name: string
  domain: string
  city: string
  country: string
  currency: string
}[] = [
  {
    name: 'Saigon Roasters',
    domain: 'saigonroasters.vn',
    city: 'Ho Chi Minh City',
    country: 'Vietnam',
    currency: 'VND',
  },
  {
    name: 'Hanoi Logistics',
    domain: 'hanoilogistics.vn',
    city: 'Hanoi',
    country: 'Vietnam',
    currency: 'VND',
  },
  {
    name: 'Da Nang Digital',
    domain: 'danangdigital.vn',
    city: 'Da Nang',
    country: 'Vietnam',
    currency: 'VND',
  },
  {
    name: 'Mekong Textiles',
    domain: 'mekongtextiles.vn',
    city: 'Can Tho',
    country: 'Vietnam',
    currency: 'VND',
  },
  {
    name: 'Acme Robotics',
    domain: 'acmerobotics.com',
    city: 'Austin',
    country: 'United States',
    currency: 'USD',
  },
  {
    name: 'Bluebird Analytics',
    domain: 'bluebird-analytics.io',
    city: 'Boston',
    country: 'United States',
    currency: 'USD',
  },
  {
    name: 'Northwind Foods',
    domain: 'northwindfoods.com',
    city: 'Seattle',
    country: 'United States',
    currency: 'USD',
  },
  {
    name: 'Pioneer Health',
    domain: 'pioneerhealth.com',
    city: 'Denver',
    country: 'United States',
    currency: 'USD',
  },
  { name: 'Lumière Studio', domain: 'lumiere-studio.fr', city: 'Lyon', country: 'France', currency: 'EUR' },
  { name: 'Berliner Bikes', domain: 'berlinerbikes.de', city: 'Berlin', country: 'Germany', currency: 'EUR' },
  {
    name: 'Amsterdam Energy',
    domain: 'amsterdamenergy.nl',
    city: 'Amsterdam',
    country: 'Netherlands',
    currency: 'EUR',
  },
  { name: 'Milano Design', domain: 'milanodesign.it', city: 'Milan', country: 'Italy', currency: 'EUR' },
]
/**
 * US area codes whose numbers libphonenumber-js places in the US. Other codes in 201–989 belong to Canada or the
 * Caribbean, and Twenty refuses such a number sent with country `US` (`Provided and inferred country code are
 * conflicting`), so a seeded phone read and written back unchanged would fail.
 */
const US_AREA_CODES = [
  201, 202, 206, 212, 213, 214, 303, 305, 312, 404, 415, 469, 503, 512, 602, 615, 617, 646, 702, 704, 713,
  718, 808, 818, 917,
] as const
const STAGES = ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER'] as const
const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE'] as const
const SEED_ACTOR: Actor = { source: 'IMPORT', workspaceMemberId: null, name: 'Sandbox seed', context: {} }

const object = (plural: string) => OBJECTS_BY_PLURAL.get(plural) as ObjectDefinition

/** How many records of each kind {@link seedWorkspace} writes. */
export interface SeedSummary {
  workspaceMembers: number
  companies: number
  people: number
  opportunities: number
  tasks: number
  notes: number
}

/**
 * Fills the store with a realistic, deterministic workspace: companies with domains and addresses, people with
 * emails and +84 / +1 phones, opportunities in every stage with amounts in micros (VND, USD, EUR), tasks and
 * notes linked through taskTargets and noteTargets. The same seed always gives the same ids and values.
 */
export function seedWorkspace(store: RecordStore, seed: number): SeedSummary {
  const random = new SeededRandom(seed)
  const create = (plural: string, input: Record<string, unknown>) =>
    store.create(object(plural), { id: random.uuid(), ...input }, SEED_ACTOR)
  return store.transaction(() => {
    const members = [
      { name: { firstName: 'Thu', lastName: 'Vo' }, userEmail: 'thu.vo@sandbox.example' },
      { name: { firstName: 'James', lastName: 'Carter' }, userEmail: 'james.carter@sandbox.example' },
      { name: { firstName: 'Lan', lastName: 'Dang' }, userEmail: 'lan.dang@sandbox.example' },
    ].map((member) => create('workspaceMembers', member))
    const companies = COMPANIES.map((company) =>
      create('companies', {
        name: company.name,
        domainName: {
          primaryLinkUrl: `https://${company.domain}`,
          primaryLinkLabel: '',
          secondaryLinks: null,
        },
        employees: random.int(5, 900),
        address: {
          addressCity: company.city,
          addressCountry: company.country,
          addressPostcode: String(random.int(10000, 99999)),
        },
        idealCustomerProfile: random.next() < 0.4,
        annualRecurringRevenue: {
          amountMicros: random.int(50, 5000) * 1_000_000_000,
          currencyCode: company.currency,
        },
        accountOwnerId: random.pick(members).id,
      }),
    )
    const people = Array.from({ length: 48 }, (_, index) => {
      const company = companies[index % companies.length] as (typeof companies)[number]
      const companyInfo = COMPANIES[index % COMPANIES.length] as (typeof COMPANIES)[number]
      const firstName = random.pick(FIRST_NAMES)
      const lastName = random.pick(LAST_NAMES)
      const vietnamese = companyInfo.country === 'Vietnam'
      const domain = companyInfo.domain
      return create('people', {
        name: { firstName, lastName },
        emails: {
          primaryEmail: `${firstName}.${lastName}.${index}@${domain}`.toLowerCase(),
          additionalEmails: null,
        },
        phones: vietnamese
          ? {
              primaryPhoneNumber: `9${random.int(10_000_000, 99_999_999)}`,
              primaryPhoneCountryCode: 'VN',
              primaryPhoneCallingCode: '+84',
            }
          : {
              primaryPhoneNumber: `${random.pick(US_AREA_CODES)}555${random.int(1000, 9999)}`,
              primaryPhoneCountryCode: 'US',
              primaryPhoneCallingCode: '+1',
            },
        jobTitle: random.pick(JOB_TITLES),
        city: companyInfo.city,
        linkedinLink: {
          primaryLinkUrl: `https://www.linkedin.com/in/${firstName}-${lastName}-${index}`.toLowerCase(),
        },
        companyId: company.id,
      })
    })
    const opportunities = Array.from({ length: 20 }, (_, index) => {
      const companyIndex = index % companies.length
      const currency = (COMPANIES[companyIndex] as (typeof COMPANIES)[number]).currency
      const amountMicros =
        currency === 'VND'
          ? random.int(50, 900) * 1_000_000 * 1_000_000
          : random.int(5, 250) * 1_000 * 1_000_000
      return create('opportunities', {
        name: `${(companies[companyIndex] as (typeof companies)[number]).name} – ${random.pick(['Pilot', 'Renewal', 'Expansion', 'Onboarding'])}`,
        stage: STAGES[index % STAGES.length],
        amount: { amountMicros, currencyCode: currency },
        closeDate: new Date(Date.UTC(2026, random.int(0, 11), random.int(1, 28))).toISOString(),
        companyId: (companies[companyIndex] as (typeof companies)[number]).id,
        pointOfContactId: (people[index] as (typeof people)[number]).id,
      })
    })
    const tasks = Array.from({ length: 15 }, (_, index) => {
      const task = create('tasks', {
        title: random.pick([
          'Call back',
          'Send proposal',
          'Prepare demo',
          'Follow up on invoice',
          'Book onsite visit',
        ]),
        status: TASK_STATUSES[index % TASK_STATUSES.length],
        dueAt: new Date(Date.UTC(2026, 11, random.int(1, 28))).toISOString(),
        bodyV2: { markdown: 'Agreed next step from the last meeting.', blocknote: null },
        assigneeId: random.pick(members).id,
      })
      create('taskTargets', {
        taskId: task.id,
        opportunityId: (opportunities[index] as (typeof opportunities)[number]).id,
      })
      return task
    })
    const notes = Array.from({ length: 10 }, (_, index) => {
      const note = create('notes', {
        title: random.pick(['Kick-off notes', 'Pricing discussion', 'Requirements', 'Call summary']),
        bodyV2: { markdown: '- Budget confirmed\n- Decision in Q1', blocknote: null },
      })
      create('noteTargets', {
        noteId: note.id,
        companyId: (companies[index] as (typeof companies)[number]).id,
      })
      create('noteTargets', { noteId: note.id, personId: (people[index] as (typeof people)[number]).id })
      return note
    })
    return {
      workspaceMembers: members.length,
      companies: companies.length,
      people: people.length,
      opportunities: opportunities.length,
      tasks: tasks.length,
      notes: notes.length,
    }
  })
}
