import { describe, expect, it } from 'vitest'
import { ImlSyntaxError } from '../../src/iml/iml-error.js'
import { parseExpression } from '../../src/iml/parser.js'
import { parseTemplate } from '../../src/iml/template.js'

describe('parsing IML expressions', () => {
  it('reads dotted paths, backtick-quoted keys and bracket indexes', () => {
    expect(parseExpression('headers.`x-twenty-webhook-signature`')).toEqual({
      kind: 'path',
      root: 'headers',
      segments: [{ kind: 'key', name: 'x-twenty-webhook-signature' }],
    })
    expect(parseExpression('body.errors[1].message')).toEqual({
      kind: 'path',
      root: 'body',
      segments: [
        { kind: 'key', name: 'errors' },
        { kind: 'index', index: { kind: 'literal', value: 1 } },
        { kind: 'key', name: 'message' },
      ],
    })
  })

  it('binds && tighter than || and comparisons tighter than &&', () => {
    const tree = parseExpression('a || b && c = 1')
    expect(tree).toMatchObject({
      kind: 'binary',
      operator: '||',
      right: { kind: 'binary', operator: '&&', right: { kind: 'binary', operator: '=' } },
    })
  })

  it('turns true, false, null and undefined into literals and now or uuid into keywords', () => {
    expect(parseExpression('undefined')).toEqual({ kind: 'literal', value: undefined })
    expect(parseExpression('uuid')).toEqual({ kind: 'keyword', name: 'uuid' })
    expect(parseExpression('now.x')).toMatchObject({ kind: 'path', root: 'now' })
  })

  it('rejects the scenario builder\'s ";" argument separator with a hint to use ","', () => {
    expect(() => parseExpression('ifempty(a; b)')).toThrow('Separate arguments with ","')
  })

  it('rejects .1 array access and points to the 1-based [1] form', () => {
    expect(() => parseExpression('body.errors.1')).toThrow('Index arrays with [n] (1-based)')
  })

  it('rejects unclosed strings, stray tokens and empty expressions with the offset', () => {
    expect(() => parseExpression("replace('a, 'b')")).toThrow(ImlSyntaxError)
    expect(() => parseExpression('a b')).toThrow('Unexpected text after the expression')
    expect(() => parseExpression('  ')).toThrow('Empty expression')
  })
})

describe('parsing IML strings', () => {
  it('splits text and expressions and skips }} inside quoted text', () => {
    const parts = parseTemplate("Bearer {{connection.apiKey}} {{if(a, '}}', 'x')}}!")
    expect(parts.map((part) => (part.kind === 'text' ? part.text : `<${part.source}>`))).toEqual([
      'Bearer ',
      '<connection.apiKey>',
      ' ',
      "<if(a, '}}', 'x')>",
      '!',
    ])
  })

  it('fails on a {{ that is never closed', () => {
    expect(() => parseTemplate('/rest/{{parameters.id')).toThrow('Unclosed {{')
  })
})
