import { IML_FUNCTIONS } from '../iml/functions/index.js'
import { ImlSyntaxError } from '../iml/iml-error.js'
import { hasIml, parseTemplate, SPREAD_KEY } from '../iml/template.js'
import { collectUses } from '../iml/walk.js'
import type { ParsedApp } from './app-files.js'
import { allowedVariables } from './iml-contexts.js'
import { walkStrings } from './json-walk.js'
import { type Problem, pointer } from './problem.js'

/**
 * Lints every `{{…}}`: it must parse, call only functions the runner implements (so the tests exercise them),
 * and read only variables that exist where it stands. Parameters, interfaces and samples hold no IML.
 */
export function lintIml(app: ParsedApp): Problem[] {
  const problems: Problem[] = []
  for (const file of app.files) {
    if (file.kind === 'readme') continue
    walkStrings(file.value, (text, path, isKey) => {
      if (!hasIml(text)) return
      if (isKey && text === SPREAD_KEY) return
      const at = pointer(path)
      const report = (code: Problem['code'], message: string) =>
        problems.push({ code, file: file.path, at, message })
      if (isKey)
        return report('iml-not-allowed', 'IML in an object key (only the {{...}} spread key is allowed)')
      const allowed = allowedVariables(file.kind, path, file.value)
      if (allowed === undefined) return report('iml-not-allowed', `No IML is evaluated here (${file.kind})`)
      let parts: ReturnType<typeof parseTemplate>
      try {
        parts = parseTemplate(text)
      } catch (error) {
        if (error instanceof ImlSyntaxError) return report('iml-syntax', error.message)
        throw error
      }
      for (const part of parts) {
        if (part.kind !== 'expression') continue
        const uses = collectUses(part.expression)
        for (const name of new Set(uses.calls)) {
          if (!IML_FUNCTIONS.has(name)) report('iml-function', `${name}() is not a supported IML function`)
        }
        for (const root of new Set(uses.paths.map((use) => use.root))) {
          if (!allowed.has(root))
            report(
              'iml-variable',
              `"${root}" is not available here (allowed: ${[...allowed].sort().join(', ')})`,
            )
        }
      }
    })
  }
  return problems
}
