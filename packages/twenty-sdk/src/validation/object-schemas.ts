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

const nullableUuid = uuidSchema.nullable().optional()
const common = { id: uuidSchema.optional(), position: z.number().optional() }

export const personInputSchema = z.looseObject({
  ...common,
  name: fullNameSchema.optional(),
  emails: emailsSchema.optional(),
  linkedinLink: linksSchema.optional(),
  xLink: linksSchema.optional(),
  jobTitle: z.string().optional(),
  phones: phonesSchema.optional(),
  city: z.string().optional(),
  avatarUrl: z.string().optional(),
  companyId: nullableUuid,
  ...embeddedRelations.person,
})

export const companyInputSchema = z.looseObject({
  ...common,
  name: z.string().optional(),
  domainName: linksSchema.optional(),
  employees: z.number().int().nullable().optional(),
  linkedinLink: linksSchema.optional(),
  xLink: linksSchema.optional(),
  annualRecurringRevenue: currencySchema.optional(),
  address: addressSchema.optional(),
  idealCustomerProfile: z.boolean().optional(),
  accountOwnerId: nullableUuid,
  ...embeddedRelations.company,
})

export const opportunityInputSchema = z.looseObject({
  ...common,
  name: z.string().optional(),
  amount: currencySchema.optional(),
  closeDate: dateTimeSchema.nullable().optional(),
  stage: selectValueSchema(OPPORTUNITY_STAGES).optional(),
  pointOfContactId: nullableUuid,
  companyId: nullableUuid,
  ...embeddedRelations.opportunity,
})

export const taskInputSchema = z.looseObject({
  ...common,
  title: z.string().optional(),
  bodyV2: richTextSchema.optional(),
  dueAt: dateTimeSchema.nullable().optional(),
  status: selectValueSchema(TASK_STATUSES).nullable().optional(),
  assigneeId: nullableUuid,
  ...embeddedRelations.task,
})

export const noteInputSchema = z.looseObject({
  ...common,
  title: z.string().optional(),
  bodyV2: richTextSchema.optional(),
  ...embeddedRelations.note,
})

const targets = { personId: nullableUuid, companyId: nullableUuid, opportunityId: nullableUuid }
export const noteTargetInputSchema = z.looseObject({
  ...common,
  noteId: nullableUuid,
  ...targets,
  ...embeddedRelations.noteTarget,
})
export const taskTargetInputSchema = z.looseObject({
  ...common,
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
