import { z } from 'zod'
import type { Group, Parameter, SelectOption } from '../types.js'
import { imlValueSchema } from './response-schemas.js'

// Zod schemas of parameter specs (Make's "Forman" format: static and mappable parameters, interfaces, RPC
// params), samples and groups, from developers.make.com ("Parameters", "Interface", "Groups").

export const parameterTypeSchema = z.enum([
  'text',
  'number',
  'integer',
  'uinteger',
  'boolean',
  'date',
  'email',
  'url',
  'uuid',
  'select',
  'array',
  'collection',
  'password',
  'json',
  'any',
  'hidden',
  'time',
  'timezone',
])

/** `rpc://name`: options, nested parameters or a whole parameter list loaded by an RPC. */
export const rpcReferenceSchema = z
  .string()
  .regex(/^rpc:\/\/[A-Za-z][A-Za-z0-9]*$/, 'Expected rpc://<rpcName>')

const selectOptionSchema: z.ZodType<SelectOption> = z.lazy(() =>
  z.strictObject({
    label: z.string(),
    value: z.union([z.string(), z.number(), z.boolean()]),
    nested: z.union([z.array(parameterSchema), rpcReferenceSchema]).optional(),
  }),
)

export const parameterSchema: z.ZodType<Parameter> = z.lazy(() =>
  z
    .strictObject({
      name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Expected an identifier'),
      type: parameterTypeSchema,
      label: z.string().optional(),
      help: z.string().optional(),
      required: z.boolean().optional(),
      default: imlValueSchema.optional(),
      advanced: z.boolean().optional(),
      mappable: z.boolean().optional(),
      editable: z.boolean().optional(),
      multiple: z.boolean().optional(),
      options: z
        .union([
          z.array(selectOptionSchema),
          rpcReferenceSchema,
          z.strictObject({
            store: z.union([z.array(selectOptionSchema), rpcReferenceSchema]),
            nested: z.union([z.array(parameterSchema), rpcReferenceSchema]).optional(),
          }),
        ])
        .optional(),
      spec: z.union([z.array(parameterSchema), parameterSchema]).optional(),
      validate: z
        .strictObject({
          min: z.number().optional(),
          max: z.number().optional(),
          pattern: z.string().optional(),
          maxItems: z.number().int().optional(),
        })
        .optional(),
      time: z.boolean().optional(),
    })
    .superRefine((parameter, ctx) => {
      if (parameter.type === 'select' && parameter.options === undefined)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'A select needs options' })
      if (parameter.type === 'collection' && !Array.isArray(parameter.spec))
        ctx.addIssue({ code: 'custom', path: ['spec'], message: 'A collection needs a spec array' })
      if (parameter.options !== undefined && parameter.type !== 'select')
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only a select has options' })
    }),
)

/** A list of parameters with unique names. */
export const parameterListSchema = z.array(parameterSchema).superRefine((list, ctx) => {
  const seen = new Set<string>()
  list.forEach((parameter, index) => {
    if (seen.has(parameter.name))
      ctx.addIssue({
        code: 'custom',
        path: [index, 'name'],
        message: `Duplicate parameter "${parameter.name}"`,
      })
    seen.add(parameter.name)
  })
})

/** Samples: one example bundle. */
export const samplesSchema = z.record(z.string(), imlValueSchema)

export const groupsSchema: z.ZodType<Group[]> = z.array(
  z.strictObject({ label: z.string().min(1), modules: z.array(z.string()).min(1) }),
)
