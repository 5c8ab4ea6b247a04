import type { Expression } from './ast.js'
import { ImlSyntaxError } from './iml-error.js'
import { parseExpression } from './parser.js'

/** A piece of an IML string: literal text, or an expression with its source. */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'expression'; source: string; expression: Expression }

/** The object key `{{...}}` spreads the evaluated value's keys into the object that holds it. */
export const SPREAD_KEY = '{{...}}'

/** Finds the `}}` that closes an expression, skipping quoted text such as `'}}'`. */
function findClose(text: string, from: number): number {
  let quote: string | undefined
  for (let i = from; i < text.length; i++) {
    const char = text[i]
    if (quote) {
      if (char === quote) quote = undefined
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char
    } else if (char === '}' && text[i + 1] === '}') {
      return i
    }
  }
  return -1
}

/** Splits a string into text and parsed `{{…}}` expressions; throws `ImlSyntaxError`. */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = []
  let cursor = 0
  while (cursor < text.length) {
    const open = text.indexOf('{{', cursor)
    if (open < 0) break
    if (open > cursor) parts.push({ kind: 'text', text: text.slice(cursor, open) })
    const close = findClose(text, open + 2)
    if (close < 0) throw new ImlSyntaxError('Unclosed {{', text.slice(open + 2), 0)
    const source = text.slice(open + 2, close)
    parts.push({ kind: 'expression', source, expression: parseExpression(source) })
    cursor = close + 2
  }
  if (cursor < text.length) parts.push({ kind: 'text', text: text.slice(cursor) })
  return parts
}

/** True when the string holds IML at all. */
export function hasIml(text: string): boolean {
  return text.includes('{{')
}
