/** Field types the sandbox models, named as in Twenty's metadata. */
export type FieldType =
  | 'TEXT'
  | 'NUMBER'
  | 'BOOLEAN'
  | 'DATE_TIME'
  /** A calendar day, `YYYY-MM-DD` (custom objects only; no standard field has it). */
  | 'DATE'
  | 'UUID'
  | 'SELECT'
  | 'POSITION'
  | 'FULL_NAME'
  | 'EMAILS'
  | 'PHONES'
  | 'LINKS'
  | 'CURRENCY'
  | 'ADDRESS'
  | 'RICH_TEXT_V2'
  | 'ACTOR'

export interface FieldDefinition {
  type: FieldType
  /** SELECT options. */
  options?: readonly string[]
  default?: unknown
  /** Integer-only NUMBER. */
  integer?: boolean
  /** A MANY_TO_ONE foreign key: the related object and the name of the embedded relation at depth 1. */
  relation?: { object: string; as: string }
  /** Set by the server only (id, timestamps, actors). */
  system?: boolean
}

export interface ObjectDefinition {
  singular: string
  plural: string
  fields: Record<string, FieldDefinition>
  /** ONE_TO_MANY relations embedded at depth 1: name → (object, foreign key on that object). */
  oneToMany: Record<string, { object: string; foreignKey: string }>
  /** Paths whose non-empty value is unique among live records (and that upsert matches on). */
  unique: readonly string[]
  /** Duplicate criteria: each entry is a set of paths that must all be equal and non-empty. */
  duplicateCriteria: readonly (readonly string[])[]
}

/** Sub-fields of each composite type, with Twenty's defaults. */
export const COMPOSITES: Partial<Record<FieldType, Record<string, unknown>>> = {
  FULL_NAME: { firstName: '', lastName: '' },
  EMAILS: { primaryEmail: '', additionalEmails: null },
  PHONES: {
    primaryPhoneNumber: '',
    primaryPhoneCountryCode: '',
    primaryPhoneCallingCode: '',
    additionalPhones: null,
  },
  LINKS: { primaryLinkUrl: '', primaryLinkLabel: '', secondaryLinks: null },
  CURRENCY: { amountMicros: null, currencyCode: '' },
  ADDRESS: {
    addressStreet1: '',
    addressStreet2: '',
    addressCity: '',
    addressState: '',
    addressPostcode: '',
    addressCountry: '',
    addressLat: null,
    addressLng: null,
  },
  RICH_TEXT_V2: { blocknote: null, markdown: null },
  ACTOR: { source: 'MANUAL', workspaceMemberId: null, name: '', context: {} },
}

/** The fields Twenty gives every object, standard or custom. */
const COMMON_FIELDS: Record<string, FieldDefinition> = {
  id: { type: 'UUID', system: true },
  createdAt: { type: 'DATE_TIME', system: true },
  updatedAt: { type: 'DATE_TIME', system: true },
  deletedAt: { type: 'DATE_TIME', system: true },
  createdBy: { type: 'ACTOR', system: true },
  updatedBy: { type: 'ACTOR', system: true },
}

/**
 * The common fields and `position`, which every custom object and the standard objects shown in views have. Note and
 * task targets have none (their workspace entities declare no position field), so Twenty refuses one in a write.
 */
export const SYSTEM_FIELDS: Record<string, FieldDefinition> = {
  ...COMMON_FIELDS,
  position: { type: 'POSITION' },
}

const text: FieldDefinition = { type: 'TEXT', default: '' }
const fk = (object: string, as: string): FieldDefinition => ({ type: 'UUID', relation: { object, as } })
const targets = {
  personId: fk('person', 'person'),
  companyId: fk('company', 'company'),
  opportunityId: fk('opportunity', 'opportunity'),
}

/** The standard objects, from Twenty's workspace entities (facts §2). */
export const OBJECTS: readonly ObjectDefinition[] = [
  {
    singular: 'person',
    plural: 'people',
    fields: {
      ...SYSTEM_FIELDS,
      name: { type: 'FULL_NAME' },
      emails: { type: 'EMAILS' },
      linkedinLink: { type: 'LINKS' },
      xLink: { type: 'LINKS' },
      jobTitle: text,
      phones: { type: 'PHONES' },
      city: text,
      avatarUrl: text,
      companyId: fk('company', 'company'),
    },
    oneToMany: {
      pointOfContactForOpportunities: { object: 'opportunity', foreignKey: 'pointOfContactId' },
      taskTargets: { object: 'taskTarget', foreignKey: 'personId' },
      noteTargets: { object: 'noteTarget', foreignKey: 'personId' },
    },
    unique: ['emails.primaryEmail'],
    duplicateCriteria: [
      ['name.firstName', 'name.lastName'],
      ['emails.primaryEmail'],
      ['linkedinLink.primaryLinkUrl'],
    ],
  },
  {
    singular: 'company',
    plural: 'companies',
    fields: {
      ...SYSTEM_FIELDS,
      name: text,
      domainName: { type: 'LINKS' },
      employees: { type: 'NUMBER', integer: true, default: null },
      linkedinLink: { type: 'LINKS' },
      xLink: { type: 'LINKS' },
      annualRecurringRevenue: { type: 'CURRENCY' },
      address: { type: 'ADDRESS' },
      idealCustomerProfile: { type: 'BOOLEAN', default: false },
      accountOwnerId: fk('workspaceMember', 'accountOwner'),
    },
    oneToMany: {
      people: { object: 'person', foreignKey: 'companyId' },
      opportunities: { object: 'opportunity', foreignKey: 'companyId' },
      taskTargets: { object: 'taskTarget', foreignKey: 'companyId' },
      noteTargets: { object: 'noteTarget', foreignKey: 'companyId' },
    },
    unique: ['domainName.primaryLinkUrl'],
    duplicateCriteria: [['name'], ['domainName.primaryLinkUrl']],
  },
  {
    singular: 'opportunity',
    plural: 'opportunities',
    fields: {
      ...SYSTEM_FIELDS,
      name: text,
      amount: { type: 'CURRENCY' },
      closeDate: { type: 'DATE_TIME', default: null },
      stage: {
        type: 'SELECT',
        options: ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER'],
        default: 'NEW',
      },
      pointOfContactId: fk('person', 'pointOfContact'),
      companyId: fk('company', 'company'),
    },
    oneToMany: {
      taskTargets: { object: 'taskTarget', foreignKey: 'opportunityId' },
      noteTargets: { object: 'noteTarget', foreignKey: 'opportunityId' },
    },
    unique: [],
    duplicateCriteria: [],
  },
  {
    singular: 'task',
    plural: 'tasks',
    fields: {
      ...SYSTEM_FIELDS,
      title: text,
      bodyV2: { type: 'RICH_TEXT_V2' },
      dueAt: { type: 'DATE_TIME', default: null },
      status: { type: 'SELECT', options: ['TODO', 'IN_PROGRESS', 'DONE'], default: 'TODO' },
      assigneeId: fk('workspaceMember', 'assignee'),
    },
    oneToMany: { taskTargets: { object: 'taskTarget', foreignKey: 'taskId' } },
    unique: [],
    duplicateCriteria: [],
  },
  {
    singular: 'note',
    plural: 'notes',
    fields: { ...SYSTEM_FIELDS, title: text, bodyV2: { type: 'RICH_TEXT_V2' } },
    oneToMany: { noteTargets: { object: 'noteTarget', foreignKey: 'noteId' } },
    unique: [],
    duplicateCriteria: [],
  },
  {
    // The people who use the workspace (assignees, account owners). Twenty manages them through invitations;
    // the sandbox takes them as an option and serves them read and write like any object.
    singular: 'workspaceMember',
    plural: 'workspaceMembers',
    fields: {
      ...SYSTEM_FIELDS,
      name: { type: 'FULL_NAME' },
      userEmail: text,
      userId: { type: 'UUID', default: null },
      colorScheme: { type: 'TEXT', default: 'System' },
      locale: { type: 'TEXT', default: 'en' },
      timeZone: { type: 'TEXT', default: 'system' },
      avatarUrl: text,
    },
    oneToMany: {
      assignedTasks: { object: 'task', foreignKey: 'assigneeId' },
      accountOwnerForCompanies: { object: 'company', foreignKey: 'accountOwnerId' },
    },
    unique: ['userEmail'],
    duplicateCriteria: [],
  },
  {
    singular: 'noteTarget',
    plural: 'noteTargets',
    fields: { ...COMMON_FIELDS, noteId: fk('note', 'note'), ...targets },
    oneToMany: {},
    unique: [],
    duplicateCriteria: [],
  },
  {
    singular: 'taskTarget',
    plural: 'taskTargets',
    fields: { ...COMMON_FIELDS, taskId: fk('task', 'task'), ...targets },
    oneToMany: {},
    unique: [],
    duplicateCriteria: [],
  },
]

export const OBJECTS_BY_PLURAL = new Map(OBJECTS.map((object) => [object.plural, object]))
export const OBJECTS_BY_SINGULAR = new Map(OBJECTS.map((object) => [object.singular, object]))

/** Reads a dotted path (`emails.primaryEmail`) from a record. */
export function readPath(record: Record<string, unknown>, path: string): unknown {
  let value: unknown = record
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}
