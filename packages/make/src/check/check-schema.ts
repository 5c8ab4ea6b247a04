import type { z } from 'zod'
import {
  baseSchema,
  communicationSchema,
  moduleCommunicationSchema,
  webhookCommunicationSchema,
} from '../format/schemas/communication-schemas.js'
import { groupsSchema, parameterListSchema, samplesSchema } from '../format/schemas/parameter-schemas.js'
import type { FileKind, ParsedApp } from './app-files.js'
import type { Problem } from './problem.js'

const PARAMETERS = parameterListSchema

// The schema of each kind of file; the README is free text.
const SCHEMAS: Partial<Record<FileKind, z.ZodType>> = {
  base: baseSchema,
  groups: groupsSchema,
  'connection.communication': communicationSchema,
  'connection.params': PARAMETERS,
  'module.communication': moduleCommunicationSchema,
  'module.epoch': communicationSchema,
  'module.staticParams': PARAMETERS,
  'module.mappableParams': PARAMETERS,
  'module.interface': PARAMETERS,
  'module.samples': samplesSchema,
  'rpc.communication': communicationSchema,
  'rpc.params': PARAMETERS,
  'webhook.communication': webhookCommunicationSchema,
  'webhook.params': PARAMETERS,
  'webhook.attach': communicationSchema,
  'webhook.detach': communicationSchema,
}

type Issue = z.core.$ZodIssue

/**
 * A failed union reports only "invalid input" at the union; the branch that got furthest says what is wrong, so
 * its issues replace the union's (a bad parameter type deep in a collection is reported where it stands).
 */
function explain(
  issues: readonly Issue[],
  prefix: PropertyKey[] = [],
): { path: PropertyKey[]; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path]
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ path, message: issue.message }]
    const depth = (branch: readonly Issue[]) => Math.max(...branch.map((inner) => inner.path.length))
    const deepest = issue.errors.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best))
    return depth(deepest) === 0 ? [{ path, message: issue.message }] : explain(deepest, path)
  })
}

/** Validates every file against the zod schema of its kind (the IMLJSON subset this app emits). */
export function checkSchemas(app: ParsedApp): Problem[] {
  return app.files.flatMap((file) => {
    const schema = SCHEMAS[file.kind]
    if (schema === undefined) return []
    const result = schema.safeParse(file.value)
    if (result.success) return []
    return explain(result.error.issues).map(({ path, message }) => ({
      code: 'schema' as const,
      file: file.path,
      at: path.map(String).join('.'),
      message,
    }))
  })
}
