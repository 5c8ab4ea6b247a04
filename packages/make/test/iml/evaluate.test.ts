import { describe, expect, it } from 'vitest'
import { evaluateString, evaluateValue, type ImlScope } from '../../src/iml/evaluate.js'
import { ImlEvaluationError } from '../../src/iml/iml-error.js'

const scope = (variables: Record<string, unknown>): ImlScope => ({
  variables,
  now: () => new Date('2026-11-24T10:00:00.000Z'),
  uuid: () => '00000000-0000-4000-8000-000000000000',
})

describe('evaluating IML', () => {
  it('keeps the type of a whole-string expression and makes text of a mixed string', () => {
    const variables = { parameters: { limit: 5, tags: ['a', 'b'], person: { name: 'Linh' } } }
    expect(evaluateString('{{parameters.limit}}', scope(variables))).toBe(5)
    expect(evaluateString('{{parameters.person}}', scope(variables))).toEqual({ name: 'Linh' })
    expect(evaluateString('limit={{parameters.limit}}', scope(variables))).toBe('limit=5')
    expect(evaluateString('tags: {{parameters.tags}}', scope(variables))).toBe('tags: a, b')
  })

  it('reads missing variables and keys as undefined, which mixed text shows as nothing', () => {
    expect(evaluateString('{{parameters.missing.deeper}}', scope({}))).toBeUndefined()
    expect(evaluateString('/rest/{{parameters.id}}', scope({}))).toBe('/rest/')
  })

  it('indexes arrays from 1, so [1] is the first item and [0] is nothing', () => {
    const variables = { body: { errors: [{ message: 'first' }, { message: 'second' }] } }
    expect(evaluateString('{{body.errors[1].message}}', scope(variables))).toBe('first')
    expect(evaluateString('{{body.errors[2].message}}', scope(variables))).toBe('second')
    expect(evaluateString('{{body.errors[0]}}', scope(variables))).toBeUndefined()
  })

  it('compares strictly whichever equality operator is spelt', () => {
    const variables = { parameters: { count: 1 } }
    expect(evaluateString("{{parameters.count = '1'}}", scope(variables))).toBe(false)
    expect(evaluateString('{{parameters.count == 1}}', scope(variables))).toBe(true)
    expect(evaluateString("{{parameters.count <> '1'}}", scope(variables))).toBe(true)
  })

  it('treats an empty array as false in conditions, like an empty string', () => {
    expect(evaluateString('{{!body.errors}}', scope({ body: { errors: [] } }))).toBe(true)
    expect(evaluateString('{{!body.errors}}', scope({ body: { errors: [{}] } }))).toBe(false)
  })

  it('short-circuits && and || and returns the deciding value', () => {
    expect(evaluateString("{{parameters.a || 'fallback'}}", scope({ parameters: {} }))).toBe('fallback')
    expect(evaluateString('{{parameters.a && parameters.a.b}}', scope({ parameters: {} }))).toBeUndefined()
  })

  it('does arithmetic on numbers and refuses it on text', () => {
    expect(evaluateString('{{(2 + 3) * 4 % 7}}', scope({}))).toBe(6)
    expect(() => evaluateString("{{'a' + 1}}", scope({}))).toThrow(ImlEvaluationError)
  })

  it('gives now, timestamp and uuid from the scope and emptyarray as a fresh array', () => {
    expect(evaluateString('{{now}}', scope({}))).toEqual(new Date('2026-11-24T10:00:00.000Z'))
    expect(evaluateString('{{timestamp}}', scope({}))).toBe(1795514400)
    expect(evaluateString('{{uuid}}', scope({}))).toBe('00000000-0000-4000-8000-000000000000')
    expect(evaluateString('{{emptyarray}}', scope({}))).toEqual([])
  })

  it('spreads a collection into its object with the {{...}} key, later keys winning', () => {
    const template = { 'content-type': 'application/json', '{{...}}': '{{parameters.headers}}' }
    const result = evaluateValue(
      template,
      scope({ parameters: { headers: { 'content-type': 'text/plain', x: '1' } } }),
    )
    expect(result).toEqual({ 'content-type': 'text/plain', x: '1' })
    expect(evaluateValue(template, scope({ parameters: {} }))).toEqual({ 'content-type': 'application/json' })
  })

  it('refuses unknown functions when evaluated', () => {
    expect(() => evaluateString('{{formatDate(now, "YYYY")}}', scope({}))).toThrow(
      'Unknown function formatDate()',
    )
  })
})
