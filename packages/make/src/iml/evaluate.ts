import { randomUUID } from 'node:crypto'
import type { Expression, Keyword } from './ast.js'
import { IML_FUNCTIONS } from './functions/index.js'
import { toNumber } from './functions/math.js'
import { ImlEvaluationError } from './iml-error.js'
import { parseTemplate, SPREAD_KEY } from './template.js'
import { imlEquals, isCollection, isEmpty, isTruthy, itemAt, toText } from './values.js'

/** The variables an expression can read (`parameters`, `body`, `item`, …) and the sources of change. */
export interface ImlScope {
  variables: Readonly<Record<string, unknown>>
  now?: () => Date
  uuid?: () => string
}

function keyword(name: Keyword, scope: ImlScope): unknown {
  const now = scope.now ?? (() => new Date())
  switch (name) {
    case 'now':
      return now()
    case 'timestamp':
      return Math.floor(now().getTime() / 1000)
    case 'uuid':
      return (scope.uuid ?? randomUUID)()
    case 'emptystring':
      return ''
    case 'emptyarray':
      return []
    case 'space':
      return ' '
    case 'pi':
      return Math.PI
  }
}

function compare(operator: '<' | '<=' | '>' | '>=', left: unknown, right: unknown): boolean {
  const key = (value: unknown) => (value instanceof Date ? value.getTime() : value)
  const [a, b] = [key(left), key(right)]
  const comparable =
    (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')
  if (!comparable) return false
  if (operator === '<') return (a as number) < (b as number)
  if (operator === '<=') return (a as number) <= (b as number)
  if (operator === '>') return (a as number) > (b as number)
  return (a as number) >= (b as number)
}

/** Evaluates a parsed expression. Missing variables and keys read as undefined, as in Make. */
export function evaluateExpression(expression: Expression, scope: ImlScope): unknown {
  const evaluate = (inner: Expression) => evaluateExpression(inner, scope)
  switch (expression.kind) {
    case 'literal':
      return expression.value
    case 'keyword':
      return keyword(expression.name, scope)
    case 'path': {
      let value = scope.variables[expression.root]
      for (const segment of expression.segments) {
        if (segment.kind === 'key') value = isCollection(value) ? value[segment.name] : undefined
        else {
          const index = evaluate(segment.index)
          if (Array.isArray(value)) value = itemAt(value, Number(index))
          else value = isCollection(value) ? value[toText(index)] : undefined
        }
      }
      return value
    }
    case 'call': {
      // `if` and `ifempty` evaluate only the branch they return, so a guarded branch cannot fail.
      const [first, second, third] = expression.args
      if (expression.name === 'if' && first && second)
        return isTruthy(evaluate(first))
          ? evaluate(second)
          : third === undefined
            ? undefined
            : evaluate(third)
      if (expression.name === 'ifempty' && first && second) {
        const value = evaluate(first)
        return isEmpty(value) ? evaluate(second) : value
      }
      const fn = IML_FUNCTIONS.get(expression.name)
      if (fn === undefined) throw new ImlEvaluationError(`Unknown function ${expression.name}()`)
      return fn(expression.args.map(evaluate), { now: scope.now ?? (() => new Date()) })
    }
    case 'unary':
      return expression.operator === '!'
        ? !isTruthy(evaluate(expression.operand))
        : -toNumber('-', evaluate(expression.operand))
    case 'binary': {
      const { operator } = expression
      const left = evaluate(expression.left)
      if (operator === '&&') return isTruthy(left) ? evaluate(expression.right) : left
      if (operator === '||') return isTruthy(left) ? left : evaluate(expression.right)
      const right = evaluate(expression.right)
      switch (operator) {
        case '=':
        case '==':
        case '===':
          return imlEquals(left, right)
        case '!=':
        case '!==':
        case '<>':
          return !imlEquals(left, right)
        case '<':
        case '<=':
        case '>':
        case '>=':
          return compare(operator, left, right)
        default: {
          const [a, b] = [toNumber(operator, left), toNumber(operator, right)]
          if (operator === '+') return a + b
          if (operator === '-') return a - b
          if (operator === '*') return a * b
          if (operator === '/') return a / b
          return a % b
        }
      }
    }
  }
}

/**
 * Evaluates a string: a whole-string `{{expr}}` keeps the value's type (an object stays an object); text
 * mixed with expressions becomes text.
 */
export function evaluateString(text: string, scope: ImlScope): unknown {
  const parts = parseTemplate(text)
  const [only] = parts
  if (parts.length === 1 && only?.kind === 'expression') return evaluateExpression(only.expression, scope)
  return parts
    .map((part) => (part.kind === 'text' ? part.text : toText(evaluateExpression(part.expression, scope))))
    .join('')
}

/** Evaluates every string of a JSON value; the `{{...}}` key spreads a collection into its object. */
export function evaluateValue(value: unknown, scope: ImlScope): unknown {
  if (typeof value === 'string') return evaluateString(value, scope)
  if (Array.isArray(value)) return value.map((item) => evaluateValue(item, scope))
  if (!isCollection(value)) return value
  const result: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    const evaluated = evaluateValue(inner, scope)
    if (key !== SPREAD_KEY) result[key] = evaluated
    else if (isCollection(evaluated)) Object.assign(result, evaluated)
    else if (evaluated !== undefined && evaluated !== null)
      throw new ImlEvaluationError('{{...}} must evaluate to a collection')
  }
  return result
}
