import { z } from 'zod'
import {
  addressSchema,
  currencySchema,
  dateTimeSchema,
  emailsSchema,
  fullNameSchema,
  linksSchema,
  phonesSchema,
  richTextSchema,
  uuidSchema,
} from './composite-schemas.js'
import { embeddedRelations } from './embedded-relations.js'
import { selectValueSchema } from './select-value-schema.js'
import { OPPORTUNITY_STAGES, TASK_STATUSES } from './standard-values.js'

// Input schemas of the standard objects. Objects are loose: workspaces add custom fields, which pass through
// unchecked, while the standard fields are checked. Select fields take the workspace's own options too. Everything is optional because Twenty defaults every
// standard field; the same schema serves create and update.

// Twenty's data-arg processor hands null to each field's validator, and those of text, number, date, select, uuid and
// composite fields take it (data-arg-processor/validator-utils/*): a null text clears it, a null composite is left as
// it is. Only a field neither nullable nor defaulted refuses null, and every standard field here is one or the other.
const nullableUuid = uuidSchema.nullable().optional()
const text = z.string().nullable().optional()
/**
 * A number, or 'first' / 'last', which Twenty's RecordPositionService turns into one below the lowest or above the
 * highest position (record-position.service.ts). Not null: its position validator refuses it.
 */
const position = z.union([z.number(), z.enum(['first', 'last'])]).optional()
const common = { id: uuidSchema.optional(), position }

export const personInputSchema = z.looseObject({
  ...common,
  name: fullNameSchema.nullable().optional(),
  emails: emailsSchema.nullable().optional(),
  linkedinLink: linksSchema.nullable().optional(),
  xLink: linksSchema.nullable().optional(),
  jobTitle: text,
  phones: phonesSchema.nullable().optional(),
  city: text,
  avatarUrl: text,
  companyId: nullableUuid,
  ...embeddedRelations.person,
})

export const companyInputSchema = z.looseObject({
  ...common,
  name: text,
  domainName: linksSchema.nullable().optional(),
  employees: z.number().int().nullable().optional(),
  linkedinLink: linksSchema.nullable().optional(),
  xLink: linksSchema.nullable().optional(),
  annualRecurringRevenue: currencySchema.nullable().optional(),
  address: addressSchema.nullable().optional(),
  idealCustomerProfile: z.boolean().optional(),
  accountOwnerId: nullableUuid,
  ...embeddedRelations.company,
})

export const opportunityInputSchema = z.looseObject({
  ...common,
  name: text,
  amount: currencySchema.nullable().optional(),
  closeDate: dateTimeSchema.nullable().optional(),
  stage: selectValueSchema(OPPORTUNITY_STAGES).optional(),
  pointOfContactId: nullableUuid,
  companyId: nullableUuid,
  ...embeddedRelations.opportunity,
})

export const taskInputSchema = z.looseObject({
  ...common,
  title: text,
  bodyV2: richTextSchema.optional(),
  dueAt: dateTimeSchema.nullable().optional(),
  status: selectValueSchema(TASK_STATUSES).nullable().optional(),
  assigneeId: nullableUuid,
  ...embeddedRelations.task,
})

export const noteInputSchema = z.looseObject({
  ...common,
  title: text,
  bodyV2: richTextSchema.optional(),
  ...embeddedRelations.note,
})

// Targets have no position (their workspace entities declare none), and Twenty refuses one: refused here first, so a
// createMany does not write the batches before the one that carries it.
const noPosition = z.undefined({ error: 'Note and task targets have no position field' })
const targets = {
  personId: nullableUuid,
  companyId: nullableUuid,
  opportunityId: nullableUuid,
  position: noPosition.optional(),
}
export const noteTargetInputSchema = z.looseObject({
  id: uuidSchema.optional(),
  noteId: nullableUuid,
  ...targets,
  ...embeddedRelations.noteTarget,
})
export const taskTargetInputSchema = z.looseObject({
  id: uuidSchema.optional(),
  taskId: nullableUuid,
  ...targets,
  ...embeddedRelations.taskTarget,
})

/** Custom objects: any JSON object; Twenty checks the fields. */
export const customInputSchema = z.looseObject({ id: uuidSchema.optional() })

/** The input schema of each object the SDK knows, by the name resources refer to it with. */
export const inputSchemas = {
  person: personInputSchema,
  company: companyInputSchema,
  opportunity: opportunityInputSchema,
  task: taskInputSchema,
  note: noteInputSchema,
  noteTarget: noteTargetInputSchema,
  taskTarget: taskTargetInputSchema,
  custom: customInputSchema,
} as const
