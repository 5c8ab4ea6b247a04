import type { AppTree } from '../generator/app-tree.js'
import { parseApp } from './app-files.js'
import { checkReferences } from './check-references.js'
import { checkRequirements } from './check-requirements.js'
import { checkSchemas } from './check-schema.js'
import { checkSecrets } from './check-secrets.js'
import { lintIml } from './lint-iml.js'
import { type Problem, sortProblems } from './problem.js'

/**
 * Runs every offline check on a clone tree: manifest and files, zod schemas, cross-references, module
 * requirements, secret sanitizing and the IML linter. An empty list means "consistent with Make's documented
 * format", not "accepted by Make".
 */
export function checkApp(tree: AppTree): Problem[] {
  const { app, problems } = parseApp(tree)
  if (app === undefined) return sortProblems(problems)
  const schemaProblems = checkSchemas(app)
  // The structural checks read files as their schemas describe them; skip them on files that fail the schema.
  const broken = new Set(schemaProblems.map((problem) => problem.file))
  const sound = { ...app, files: app.files.filter((file) => !broken.has(file.path)) }
  return sortProblems([
    ...problems,
    ...schemaProblems,
    ...checkReferences(sound),
    ...checkRequirements(sound),
    ...checkSecrets(sound),
    ...lintIml(sound),
  ])
}
