import {
  type BinaryOperator,
  type Expression,
  KEYWORDS,
  type Keyword,
  LITERAL_WORDS,
  type Segment,
} from './ast.js'
import { ImlSyntaxError } from './iml-error.js'
import { type Token, tokenize } from './lexer.js'

// Binary operators by precedence, lowest first. IML equality is strict whichever spelling is used.
const LEVELS: BinaryOperator[][] = [
  ['||'],
  ['&&'],
  ['=', '==', '===', '!=', '!==', '<>'],
  ['<', '<=', '>', '>='],
  ['+', '-'],
  ['*', '/', '%'],
]

/** Parses one IML expression (without its braces) into a syntax tree; throws `ImlSyntaxError`. */
export function parseExpression(source: string): Expression {
  const tokens = tokenize(source)
  let position = 0
  const peek = () => tokens[position] as Token
  const fail = (message: string, token: Token = peek()): never => {
    throw new ImlSyntaxError(message, source, token.offset)
  }
  const isPunct = (value: string) => {
    const token = peek()
    return token.type === 'punct' && token.value === value
  }
  const expect = (value: string) => {
    if (!isPunct(value)) fail(`Expected "${value}"`)
    position++
  }

  const binary = (level: number): Expression => {
    if (level === LEVELS.length) return unary()
    let left = binary(level + 1)
    for (;;) {
      const token = peek()
      const operator = LEVELS[level]?.find((candidate) => token.type === 'punct' && token.value === candidate)
      if (operator === undefined) return left
      position++
      left = { kind: 'binary', operator, left, right: binary(level + 1) }
    }
  }

  const unary = (): Expression => {
    if (isPunct('!') || isPunct('-')) {
      const operator = (peek() as { value: '!' | '-' }).value
      position++
      return { kind: 'unary', operator, operand: unary() }
    }
    return primary()
  }

  const call = (name: string): Expression => {
    position++
    const args: Expression[] = []
    if (!isPunct(')')) {
      for (;;) {
        args.push(binary(0))
        if (isPunct(';'))
          fail('Separate arguments with "," in app IML (";" is the scenario builder\'s separator)')
        if (!isPunct(',')) break
        position++
      }
    }
    expect(')')
    if (isPunct('.') || isPunct('[')) fail(`Cannot read into the result of ${name}(); use get()`)
    return { kind: 'call', name, args }
  }

  const segments = (): Segment[] => {
    const result: Segment[] = []
    for (;;) {
      if (isPunct('.')) {
        position++
        const token = peek()
        if (token.type === 'identifier' || token.type === 'quoted') {
          result.push({ kind: 'key', name: token.value })
          position++
        } else if (token.type === 'number') {
          fail('Index arrays with [n] (1-based), not .n')
        } else {
          fail('Expected a name after "."')
        }
      } else if (isPunct('[')) {
        position++
        result.push({ kind: 'index', index: binary(0) })
        expect(']')
      } else {
        return result
      }
    }
  }

  const primary = (): Expression => {
    const token = peek()
    switch (token.type) {
      case 'number':
      case 'string':
        position++
        return { kind: 'literal', value: token.value }
      case 'punct':
        if (token.value === '(') {
          position++
          const inner = binary(0)
          expect(')')
          return inner
        }
        return fail(`Unexpected "${token.value}"`)
      case 'quoted':
      case 'identifier': {
        position++
        if (token.type === 'identifier' && isPunct('(')) return call(token.value)
        const rest = segments()
        if (token.type === 'identifier' && rest.length === 0) {
          if (token.value in LITERAL_WORDS) return { kind: 'literal', value: LITERAL_WORDS[token.value] }
          if ((KEYWORDS as readonly string[]).includes(token.value))
            return { kind: 'keyword', name: token.value as Keyword }
        }
        return { kind: 'path', root: token.value, segments: rest }
      }
      default:
        return fail('Unexpected end of expression')
    }
  }

  if (peek().type === 'end') fail('Empty expression')
  const expression = binary(0)
  if (peek().type !== 'end') fail('Unexpected text after the expression')
  return expression
}
