import type { PersonInput } from 'twenty-sdk'
import type { PlainInputField, PlainOutputField } from 'zapier-platform-core'
import { toPrimaryPhone } from '../fields/phone.js'
import { recordId } from '../fields/record-id.js'
import { compact, text } from '../fields/values.js'

// How a Twenty person looks in Zapier: the fields a Zap fills in, the SDK input they become, and the fields
// and sample a Zap maps from. Composite fields are flattened into one clear field per part.

/** Fields to create a person; Create Person and Find or Create Person share them. */
export const personInputFields: PlainInputField[] = [
  { key: 'firstName', label: 'First Name', helpText: 'e.g. Linh.' },
  { key: 'lastName', label: 'Last Name', helpText: 'e.g. Nguyen.' },
  {
    key: 'email',
    label: 'Email',
    helpText:
      'The primary email, e.g. linh@example.com. Twenty keeps one person per primary email and refuses an email ' +
      'another person has: Find or Create Person reuses that person instead.',
  },
  {
    key: 'phoneNumber',
    label: 'Phone Number',
    helpText:
      'With its country code (+84 912 345 678), or as dialled at home (0912 345 678) with Phone Country set.',
  },
  {
    key: 'phoneCountry',
    label: 'Phone Country',
    placeholder: 'VN',
    helpText: 'Two-letter country code such as VN, US or FR.',
  },
  { key: 'jobTitle', label: 'Job Title', helpText: 'e.g. Head of Sales.' },
  { key: 'city', label: 'City', helpText: 'e.g. Ho Chi Minh City.' },
  {
    key: 'linkedinUrl',
    label: 'LinkedIn URL',
    helpText: 'Their LinkedIn profile, e.g. https://www.linkedin.com/in/linh-nguyen.',
  },
  {
    key: 'companyId',
    label: 'Company',
    dynamic: 'list_companies.id.name',
    search: 'find_company.id',
    helpText: 'The company this person works at.',
  },
]

/** Zapier labels by SDK input path, for error messages. */
export const personLabels: Readonly<Record<string, string>> = {
  name: 'Name',
  'name.firstName': 'First Name',
  'name.lastName': 'Last Name',
  emails: 'Email',
  'emails.primaryEmail': 'Email',
  phones: 'Phone Number',
  'phones.primaryPhoneCountryCode': 'Phone Country',
  jobTitle: 'Job Title',
  city: 'City',
  linkedinLink: 'LinkedIn URL',
  companyId: 'Company',
}

/** The SDK input for the fields a Zap filled in; empty fields are left out, so Twenty keeps its defaults. */
export function toPersonInput(data: Record<string, unknown>): PersonInput {
  return compact({
    name: { firstName: text(data.firstName), lastName: text(data.lastName) },
    emails: { primaryEmail: text(data.email) },
    phones: toPrimaryPhone(data.phoneNumber, data.phoneCountry),
    jobTitle: text(data.jobTitle),
    city: text(data.city),
    linkedinLink: { primaryLinkUrl: text(data.linkedinUrl) },
    companyId: recordId(data.companyId, 'companyId'),
  }) as PersonInput
}

/** What a person step returns, labelled as Zapier flattens it (`name__firstName`). */
export const personOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Person ID', type: 'string' },
  { key: 'name__firstName', label: 'First Name', type: 'string' },
  { key: 'name__lastName', label: 'Last Name', type: 'string' },
  { key: 'emails__primaryEmail', label: 'Email', type: 'string' },
  { key: 'emails__additionalEmails', label: 'Additional Emails', type: 'string', list: true },
  // Twenty stores the number without its calling code (912345678, +84): a step that dials or texts needs both.
  { key: 'phones__primaryPhoneNumber', label: 'Phone Number (Without Calling Code)', type: 'string' },
  { key: 'phones__primaryPhoneCountryCode', label: 'Phone Country', type: 'string' },
  { key: 'phones__primaryPhoneCallingCode', label: 'Phone Calling Code (e.g. +84)', type: 'string' },
  { key: 'jobTitle', label: 'Job Title', type: 'string' },
  { key: 'city', label: 'City', type: 'string' },
  { key: 'linkedinLink__primaryLinkUrl', label: 'LinkedIn URL', type: 'string' },
  { key: 'xLink__primaryLinkUrl', label: 'X URL', type: 'string' },
  { key: 'avatarUrl', label: 'Avatar URL', type: 'string' },
  { key: 'companyId', label: 'Company ID', type: 'string' },
  { key: 'createdBy__source', label: 'Created Via', type: 'string' },
  { key: 'createdBy__name', label: 'Created By', type: 'string' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
]

/** A person as Twenty's REST API returns it. */
export const personSample = {
  id: '6f1c2b9e-4d3a-4b8e-9c7d-1a2b3c4d5e6f',
  name: { firstName: 'Linh', lastName: 'Nguyen' },
  emails: { primaryEmail: 'linh.nguyen@saigoncoffee.example', additionalEmails: null },
  linkedinLink: {
    primaryLinkUrl: 'https://www.linkedin.com/in/linh-nguyen',
    primaryLinkLabel: '',
    secondaryLinks: null,
  },
  xLink: { primaryLinkUrl: '', primaryLinkLabel: '', secondaryLinks: null },
  jobTitle: 'Head of Sales',
  phones: {
    primaryPhoneNumber: '912345678',
    primaryPhoneCountryCode: 'VN',
    primaryPhoneCallingCode: '+84',
    additionalPhones: null,
  },
  city: 'Ho Chi Minh City',
  avatarUrl: '',
  position: 3,
  companyId: '2a7e5c1d-8b4f-4e3a-a6d9-7c0b1e2f3a4b',
  createdBy: { source: 'API', workspaceMemberId: null, name: 'Zapier', context: {} },
  updatedBy: { source: 'API', workspaceMemberId: null, name: 'Zapier', context: {} },
  createdAt: '2026-11-20T08:15:30.000Z',
  updatedAt: '2026-11-20T08:15:30.000Z',
  deletedAt: null,
}
