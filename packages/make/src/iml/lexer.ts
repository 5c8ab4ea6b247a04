import { ImlSyntaxError } from './iml-error.js'

export type Token =
  | { type: 'number'; value: number; offset: number }
  | { type: 'string'; value: string; offset: number }
  | { type: 'identifier'; value: string; offset: number }
  /** A backtick-quoted key such as `` `X-Hook` ``. */
  | { type: 'quoted'; value: string; offset: number }
  | { type: 'punct'; value: string; offset: number }
  | { type: 'end'; offset: number }

// Longest first, so `===` wins over `==` and `=`.
const OPERATORS = [
  '===',
  '!==',
  '&&',
  '||',
  '==',
  '!=',
  '<>',
  '<=',
  '>=',
  '=',
  '<',
  '>',
  '!',
  '+',
  '-',
  '*',
  '/',
  '%',
]
const PUNCTUATION = ['(', ')', '[', ']', ',', '.', ';']

/** Splits one IML expression into tokens. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const char = source[i] as string
    if (/\s/.test(char)) {
      i++
    } else if (/[0-9]/.test(char)) {
      const match = /^[0-9]+(\.[0-9]+)?/.exec(source.slice(i)) as RegExpExecArray
      tokens.push({ type: 'number', value: Number(match[0]), offset: i })
      i += match[0].length
    } else if (/[A-Za-z_$]/.test(char)) {
      const match = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(source.slice(i)) as RegExpExecArray
      tokens.push({ type: 'identifier', value: match[0], offset: i })
      i += match[0].length
    } else if (char === "'" || char === '"' || char === '`') {
      const end = source.indexOf(char, i + 1)
      if (end < 0) throw new ImlSyntaxError(`Unclosed ${char}`, source, i)
      tokens.push({ type: char === '`' ? 'quoted' : 'string', value: source.slice(i + 1, end), offset: i })
      i = end + 1
    } else {
      const symbol = [...OPERATORS, ...PUNCTUATION].find((candidate) => source.startsWith(candidate, i))
      if (symbol === undefined) throw new ImlSyntaxError(`Unexpected "${char}"`, source, i)
      tokens.push({ type: 'punct', value: symbol, offset: i })
      i += symbol.length
    }
  }
  tokens.push({ type: 'end', offset: source.length })
  return tokens
}
