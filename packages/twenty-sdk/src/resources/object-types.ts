import type { components } from '../generated/openapi.js'

type Schemas = components['schemas']

// The record, create and update types of the standard objects, taken from the generated spec types.

/** A person as Twenty returns it. */
export type Person = Schemas['PersonForResponse']
/** Fields accepted when creating a person. */
export type PersonInput = Schemas['Person']
/** Fields accepted when updating a person. */
export type PersonUpdate = Schemas['PersonForUpdate']

/** A company as Twenty returns it. */
export type Company = Schemas['CompanyForResponse']
export type CompanyInput = Schemas['Company']
export type CompanyUpdate = Schemas['CompanyForUpdate']

/** An opportunity (deal) as Twenty returns it. */
export type Opportunity = Schemas['OpportunityForResponse']
export type OpportunityInput = Schemas['Opportunity']
export type OpportunityUpdate = Schemas['OpportunityForUpdate']

/** A task as Twenty returns it. */
export type Task = Schemas['TaskForResponse']
export type TaskInput = Schemas['Task']
export type TaskUpdate = Schemas['TaskForUpdate']

/** A note as Twenty returns it. */
export type Note = Schemas['NoteForResponse']
export type NoteInput = Schemas['Note']
export type NoteUpdate = Schemas['NoteForUpdate']

/** The link between a note and a person, company or opportunity. */
export type NoteTarget = Schemas['NoteTargetForResponse']
export type NoteTargetInput = Schemas['NoteTarget']
export type NoteTargetUpdate = Schemas['NoteTargetForUpdate']

/** The link between a task and a person, company or opportunity. */
export type TaskTarget = Schemas['TaskTargetForResponse']
export type TaskTargetInput = Schemas['TaskTarget']
export type TaskTargetUpdate = Schemas['TaskTargetForUpdate']

/** The opportunity stages of a standard workspace. */
export type OpportunityStage = Schemas['OpportunityStage']
/** The task statuses of a standard workspace. */
export type TaskStatus = Schemas['TaskStatus']

/** A record of a custom object (or any object) when no generated type is at hand. */
export type AnyRecord = { id: string } & Record<string, unknown>
