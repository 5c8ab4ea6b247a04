import { z } from 'zod'
import type { Manifest } from '../manifest.js'

// Zod schema of `makecomapp.json` (fileVersion 1), from the Make Apps Editor's local-development format.

const componentId = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'Expected a camelCase component id')
const filePath = z.string().regex(/^[A-Za-z0-9._/-]+$/, 'Expected a relative path')
const reference = componentId.nullable()

const connectionSchema = z.strictObject({
  label: z.string().min(1),
  connectionType: z.enum(['basic', 'oauth']),
  codeFiles: z.strictObject({ communication: filePath, params: filePath }),
})

const moduleSchema = z.strictObject({
  label: z.string().min(1),
  description: z.string().min(1),
  moduleType: z.enum(['trigger', 'action', 'search', 'instant_trigger', 'responder', 'universal']),
  actionCrud: z.enum(['create', 'read', 'update', 'delete']).optional(),
  connection: reference,
  webhook: componentId.optional(),
  codeFiles: z.strictObject({
    communication: filePath.optional(),
    staticParams: filePath.optional(),
    mappableParams: filePath.optional(),
    interface: filePath.optional(),
    samples: filePath.optional(),
    epoch: filePath.optional(),
  }),
})

const rpcSchema = z.strictObject({
  label: z.string().min(1),
  connection: reference,
  codeFiles: z.strictObject({ communication: filePath, params: filePath }),
})

const webhookSchema = z.strictObject({
  label: z.string().min(1),
  webhookType: z.enum(['web', 'web-shared']),
  connection: reference,
  codeFiles: z.strictObject({
    communication: filePath,
    params: filePath,
    attach: filePath.optional(),
    detach: filePath.optional(),
  }),
})

const originSchema = z.strictObject({
  label: z.string().min(1),
  baseUrl: z.url(),
  appId: z.string().min(1),
  appVersion: z.number().int().positive(),
  apikeyFile: z.string().regex(/^\.secrets\//, 'Keep API key files under the git-ignored .secrets/'),
})

export const manifestSchema: z.ZodType<Manifest> = z.strictObject({
  fileVersion: z.literal(1),
  generalCodeFiles: z.strictObject({
    base: filePath,
    common: filePath.nullable(),
    readme: filePath,
    groups: filePath,
  }),
  components: z.strictObject({
    connection: z.record(componentId, connectionSchema),
    module: z.record(componentId, moduleSchema),
    rpc: z.record(componentId, rpcSchema),
    webhook: z.record(componentId, webhookSchema),
    function: z.record(componentId, z.never()),
  }),
  origins: z.array(originSchema),
})
