import type { components } from '../generated/openapi.js'

type Schemas = components['schemas']

// The record, create and update types of the standard objects, taken from the generated spec types. Their select
// fields are opened to the workspace's own options (see SelectValue); date-time inputs also take a Date, as the
// input schemas do. Inputs and records are separate schemas in the spec: an input takes null (a text is cleared, a
// composite left as it is) and position 'first' | 'last', while a record reads a cleared text back as '' and a
// composite as an object, so widening one never widens the other.

/**
 * A select field's value: one of the standard options, which editors still offer, or any option the workspace
 * added. Every Twenty workspace can add options to its select fields (a pipeline with a WON or NEGOTIATION
 * stage, say), so a record may hold values the spec does not list, and Twenty, not the SDK, decides which exist.
 */
export type SelectValue<Standard extends string> = Standard | (string & {})

/**
 * `T` with the named select fields opened to the workspace's own options (null and absence are kept) and, for
 * inputs, the named date-time fields also taking a `Date`, which the SDK sends as ISO 8601 UTC.
 */
type WithOpenSelects<T, Selects extends keyof T, Dates extends keyof T = never> = {
  [K in keyof T]: K extends Selects ? OpenSelect<T[K]> : K extends Dates ? T[K] | Date : T[K]
}
type OpenSelect<V> = V extends string ? SelectValue<V> : V

/** A person as Twenty returns it. */
export type Person = Schemas['PersonForResponse']
/** Fields accepted when creating a person; the primary email (`emails.primaryEmail`) is unique. */
export type PersonInput = Schemas['Person']
/** Fields accepted when updating a person. */
export type PersonUpdate = Schemas['PersonForUpdate']

/** A company as Twenty returns it. */
export type Company = Schemas['CompanyForResponse']
/** Fields accepted when creating a company; its domain (`domainName.primaryLinkUrl`) is unique. */
export type CompanyInput = Schemas['Company']
/** Fields accepted when updating a company. */
export type CompanyUpdate = Schemas['CompanyForUpdate']

/** An opportunity (deal) as Twenty returns it. */
export type Opportunity = WithOpenSelects<Schemas['OpportunityForResponse'], 'stage'>
/** Fields accepted when creating an opportunity; `closeDate` takes an ISO 8601 string or a `Date`. */
export type OpportunityInput = WithOpenSelects<Schemas['Opportunity'], 'stage', 'closeDate'>
/** Fields accepted when updating an opportunity; `closeDate` takes an ISO 8601 string or a `Date`. */
export type OpportunityUpdate = WithOpenSelects<Schemas['OpportunityForUpdate'], 'stage', 'closeDate'>

/** A task as Twenty returns it. */
export type Task = WithOpenSelects<Schemas['TaskForResponse'], 'status'>
/** Fields accepted when creating a task; `dueAt` takes an ISO 8601 string or a `Date`. */
export type TaskInput = WithOpenSelects<Schemas['Task'], 'status', 'dueAt'>
/** Fields accepted when updating a task; `dueAt` takes an ISO 8601 string or a `Date`. */
export type TaskUpdate = WithOpenSelects<Schemas['TaskForUpdate'], 'status', 'dueAt'>

/** A note as Twenty returns it. */
export type Note = Schemas['NoteForResponse']
/** Fields accepted when creating a note. Link it to records with a {@link NoteTargetInput}. */
export type NoteInput = Schemas['Note']
/** Fields accepted when updating a note. */
export type NoteUpdate = Schemas['NoteForUpdate']

/** The link between a note and a person, company or opportunity. */
export type NoteTarget = Schemas['NoteTargetForResponse']
/** Fields accepted when linking a note: `noteId` and one of `personId`, `companyId` or `opportunityId`. */
export type NoteTargetInput = Schemas['NoteTarget']
/** Fields accepted when updating a note's link. */
export type NoteTargetUpdate = Schemas['NoteTargetForUpdate']

/** The link between a task and a person, company or opportunity. */
export type TaskTarget = Schemas['TaskTargetForResponse']
/** Fields accepted when linking a task: `taskId` and one of `personId`, `companyId` or `opportunityId`. */
export type TaskTargetInput = Schemas['TaskTarget']
/** Fields accepted when updating a task's link. */
export type TaskTargetUpdate = Schemas['TaskTargetForUpdate']

// The composite field types, named so code that reads or builds one field (`formatAmount(deal.amount)`) can say so.

/** A FULL_NAME field, such as a person's `name`. */
export type FullName = Schemas['FullName']
/** An EMAILS field, such as a person's `emails`. */
export type Emails = Schemas['Emails']
/** A PHONES field, such as a person's `phones`: national number, ISO country and calling code, kept apart. */
export type Phones = Schemas['Phones']
/** A LINKS field, such as a company's `domainName` or a person's `linkedinLink`. */
export type Links = Schemas['Links']
/** A CURRENCY field, such as an opportunity's `amount`: `amountMicros` is the amount × 1,000,000. */
export type Currency = Schemas['Currency']
/** An ADDRESS field, such as a company's `address`. */
export type Address = Schemas['Address']

// The composite fields as an input takes them: a text sub-field may be null, which clears it (read back as '').

/** A FULL_NAME field in a create or update. */
export type FullNameInput = Schemas['FullNameInput']
/** An EMAILS field in a create or update. */
export type EmailsInput = Schemas['EmailsInput']
/** A PHONES field in a create or update. */
export type PhonesInput = Schemas['PhonesInput']
/** A LINKS field in a create or update. */
export type LinksInput = Schemas['LinksInput']
/** An ADDRESS field in a create or update. */
export type AddressInput = Schemas['AddressInput']
/** An ACTOR field, `createdBy` or `updatedBy`: who made the change, and through what (`source`). */
export type Actor = Schemas['Actor']
/** A RICH_TEXT_V2 field, such as a note's or a task's `bodyV2`. */
export type RichText = Schemas['RichTextV2']

/** The opportunity stages of a standard workspace. */
export type OpportunityStage = Schemas['OpportunityStage']
/** The task statuses of a standard workspace. */
export type TaskStatus = Schemas['TaskStatus']

/**
 * A record of a custom object (or any object) when no generated type is at hand: what {@link TwentyClient.records}
 * returns by default. Extend it to type a custom object's fields.
 */
export type AnyRecord = {
  /** The record's id, a UUID. */
  id: string
} & Record<string, unknown>
