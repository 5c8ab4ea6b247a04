import type { Expression } from './ast.js'

/** Every variable path and function call in an expression, for linting. */
export interface ExpressionUses {
  paths: { root: string; keys: string[] }[]
  calls: string[]
}

/** Collects variable paths (with their leading literal keys) and function names, depth first. */
export function collectUses(
  expression: Expression,
  uses: ExpressionUses = { paths: [], calls: [] },
): ExpressionUses {
  switch (expression.kind) {
    case 'path': {
      const keys: string[] = []
      for (const segment of expression.segments) {
        if (segment.kind !== 'key') break
        keys.push(segment.name)
      }
      uses.paths.push({ root: expression.root, keys })
      for (const segment of expression.segments)
        if (segment.kind === 'index') collectUses(segment.index, uses)
      break
    }
    case 'call':
      uses.calls.push(expression.name)
      for (const arg of expression.args) collectUses(arg, uses)
      break
    case 'unary':
      collectUses(expression.operand, uses)
      break
    case 'binary':
      collectUses(expression.left, uses)
      collectUses(expression.right, uses)
      break
    default:
      break
  }
  return uses
}
