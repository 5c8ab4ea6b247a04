import type { Communication, Parameter } from '../format/types.js'
import { parseTemplate } from '../iml/template.js'
import { collectUses } from '../iml/walk.js'
import type { AppFile, ParsedApp } from './app-files.js'
import { COMMUNICATION_KINDS } from './iml-contexts.js'
import { walkStrings } from './json-walk.js'
import type { Problem } from './problem.js'

// Request parts that Make logs, and how `log.sanitize` names them.
const PARTS = ['headers', 'qs', 'body'] as const

/** The sanitize entry that hides one request location: header names are case-insensitive in Make's logs. */
function sanitizePath(part: (typeof PARTS)[number], path: (string | number)[]): string {
  if (part === 'headers' && path.length > 0) return `request.headers.${String(path[0]).toLowerCase()}`
  return ['request', part, ...path].join('.')
}

function usesSecret(text: string, roots: readonly string[], secrets: ReadonlySet<string>): boolean {
  try {
    return parseTemplate(text).some(
      (part) =>
        part.kind === 'expression' &&
        collectUses(part.expression).paths.some(
          (use) => roots.includes(use.root) && secrets.has(use.keys[0] ?? ''),
        ),
    )
  } catch {
    return false // the IML linter reports syntax errors
  }
}

/**
 * Every request location that carries a password parameter of a connection, or a field named `secret`, must
 * be hidden by `log.sanitize` (the module's own or the base's), so Make's logs never show a key.
 */
export function checkSecrets(app: ParsedApp): Problem[] {
  const secrets = new Set(
    app.files
      .filter((file) => file.kind === 'connection.params')
      .flatMap((file) => (file.value as Parameter[]).filter((parameter) => parameter.type === 'password'))
      .map((parameter) => parameter.name),
  )
  const base = app.files.find((file) => file.kind === 'base')
  const baseSanitize = (base?.value as Communication | undefined)?.log?.sanitize ?? []

  const requests = app.files.filter((file) => COMMUNICATION_KINDS.includes(file.kind))
  return requests.flatMap((file) => {
    const isConnection = file.kind === 'connection.communication'
    const roots = isConnection ? ['parameters'] : ['connection']
    // Connections do not inherit the base; everything else does.
    const inherited = isConnection || file.kind === 'base' ? [] : baseSanitize
    // A chain of requests is checked request by request, each with its own log.sanitize.
    const chain = Array.isArray(file.value) ? (file.value as Communication[]) : [file.value as Communication]
    return chain.flatMap((communication, index) => {
      const sanitized = new Set([...(communication.log?.sanitize ?? []), ...inherited])
      const prefix = Array.isArray(file.value) ? [index] : []
      return PARTS.flatMap((part) =>
        unsanitized(file, part, prefix, communication[part], roots, secrets, sanitized),
      )
    })
  })
}

function unsanitized(
  file: AppFile,
  part: (typeof PARTS)[number],
  prefix: number[],
  value: unknown,
  roots: readonly string[],
  secrets: ReadonlySet<string>,
  sanitized: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = []
  const report = (path: (string | number)[]) => {
    const entry = sanitizePath(part, path)
    if (!sanitized.has(entry))
      problems.push({
        code: 'unsanitized-secret',
        file: file.path,
        at: [...prefix, part, ...path].join('.'),
        message: `Carries a secret; add "${entry}" to log.sanitize`,
      })
  }
  walkStrings(value, (text, path, isKey) => {
    if (isKey && text === 'secret') report(path)
    else if (!isKey && usesSecret(text, roots, secrets)) report(path)
  })
  return problems
}
