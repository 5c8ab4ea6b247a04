/** What a check found wrong, with the file and the place inside it. */
export interface Problem {
  code: ProblemCode
  /** The file, relative to the clone's root. */
  file: string
  /** Where in the file, as a dotted path such as `response.trigger`; empty for the whole file. */
  at: string
  message: string
}

export type ProblemCode =
  | 'json'
  | 'schema'
  | 'missing-file'
  | 'orphan-file'
  | 'unknown-connection'
  | 'unknown-webhook'
  | 'unknown-rpc'
  | 'connection-mismatch'
  | 'group-unknown-module'
  | 'group-missing-module'
  | 'group-duplicate-module'
  | 'module-requirement'
  | 'output-undeclared'
  | 'unsanitized-secret'
  | 'iml-syntax'
  | 'iml-function'
  | 'iml-variable'
  | 'iml-not-allowed'

/** A JSON location as a dotted path (`response.error.401`, `spec.0.name`). */
export function pointer(path: readonly (string | number)[]): string {
  return path.join('.')
}

/** Problems in a stable order: by file, place, then code. */
export function sortProblems(problems: Problem[]): Problem[] {
  const key = (problem: Problem) =>
    `${problem.file}\u0000${problem.at}\u0000${problem.code}\u0000${problem.message}`
  return [...problems].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/** `file at: message [code]`, one line per problem. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}${problem.at ? ` ${problem.at}` : ''}: ${problem.message} [${problem.code}]`
}
