import type { components } from '../generated/openapi.js'

type Schemas = components['schemas']

// The record, create and update types of the standard objects, taken from the generated spec types. Their select
// fields are opened to the workspace's own options (see SelectValue).

/**
 * A select field's value: one of the standard options, which editors still offer, or any option the workspace
 * added. Every Twenty workspace can add options to its select fields (a pipeline with a WON or NEGOTIATION
 * stage, say), so a record may hold values the spec does not list, and Twenty, not the SDK, decides which exist.
 */
export type SelectValue<Standard extends string> = Standard | (string & {})

/** `T` with the named select fields opened to the workspace's own options; null and absence are kept. */
type WithOpenSelects<T, Fields extends keyof T> = {
  [K in keyof T]: K extends Fields ? OpenSelect<T[K]> : T[K]
}
type OpenSelect<V> = V extends string ? SelectValue<V> : V

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
export type Opportunity = WithOpenSelects<Schemas['OpportunityForResponse'], 'stage'>
export type OpportunityInput = WithOpenSelects<Schemas['Opportunity'], 'stage'>
export type OpportunityUpdate = WithOpenSelects<Schemas['OpportunityForUpdate'], 'stage'>

/** A task as Twenty returns it. */
export type Task = WithOpenSelects<Schemas['TaskForResponse'], 'status'>
export type TaskInput = WithOpenSelects<Schemas['Task'], 'status'>
export type TaskUpdate = WithOpenSelects<Schemas['TaskForUpdate'], 'status'>

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
