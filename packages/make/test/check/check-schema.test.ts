import { describe, expect, it } from 'vitest'
import { editJson, MODULE, problemsOf, twentyTree } from './tree-helpers.js'

const COMMUNICATION = MODULE('create-person', 'communication')
const PARAMS = MODULE('create-person', 'mappable-params')

describe('checking files against the IMLJSON schema', () => {
  it('reports an HTTP method Make does not know', () => {
    const tree = editJson(twentyTree(), COMMUNICATION, (json) => {
      json.method = 'FETCH'
    })
    expect(problemsOf(tree)).toEqual([{ code: 'schema', file: COMMUNICATION, at: 'method' }])
  })

  it('reports a misspelt directive, which Make would silently ignore', () => {
    const tree = editJson(twentyTree(), COMMUNICATION, (json) => {
      json.respons = json.response
    })
    expect(problemsOf(tree)).toEqual([{ code: 'schema', file: COMMUNICATION, at: '' }])
  })

  it('reports an error type Make does not know in a per-status override', () => {
    const tree = editJson(twentyTree(), 'general/base.iml.json', (json) => {
      json.response.error['429'].type = 'TooManyRequestsError'
    })
    expect(problemsOf(tree)).toEqual([
      { code: 'schema', file: 'general/base.iml.json', at: 'response.error.429' },
    ])
  })

  it('reports a parameter type Make does not know, deep inside a collection', () => {
    const tree = editJson(twentyTree(), PARAMS, (json) => {
      json[0].spec[0].type = 'string'
    })
    expect(problemsOf(tree)).toEqual([{ code: 'schema', file: PARAMS, at: '0.spec.0.type' }])
  })

  it('reports a select without options and duplicate parameter names', () => {
    const tree = editJson(twentyTree(), PARAMS, (json) => {
      delete json.at(-1).options
      json.push({ name: 'city', type: 'text' })
    })
    expect(problemsOf(tree)).toEqual([
      { code: 'schema', file: PARAMS, at: '7.options' },
      { code: 'schema', file: PARAMS, at: '8.name' },
    ])
  })

  it('reports a chain of a single request, which should be a plain request', () => {
    const tree = editJson(twentyTree(), COMMUNICATION, (json) => [json])
    expect(problemsOf(tree)).toEqual([{ code: 'schema', file: COMMUNICATION, at: '' }])
  })

  it('reports a trigger directive with an unknown order', () => {
    const path = MODULE('watch-new-people', 'communication')
    const tree = editJson(twentyTree(), path, (json) => {
      json.response.trigger.order = 'newest'
    })
    expect(problemsOf(tree)).toEqual([{ code: 'schema', file: path, at: 'response.trigger.order' }])
  })
})
