import { describe, expect, it } from 'vitest'
import { checkApp } from '../../src/check/check-app.js'
import { editJson, MODULE, twentyTree } from './tree-helpers.js'

const lint = (tree: Map<string, string>) =>
  checkApp(tree).map(({ code, file, at, message }) => ({ code, file, at, message }))

describe('linting IML', () => {
  it('reports an expression that does not parse', () => {
    const path = MODULE('create-task', 'communication')
    const tree = editJson(twentyTree(), path, (json) => {
      json[4].response.output = '{{body.data.task'
    })
    expect(lint(tree)).toEqual([
      {
        code: 'iml-syntax',
        file: path,
        at: '4.response.output',
        message: 'Unclosed {{ at 0 in {{body.data.task}}',
      },
    ])
  })

  it('reports the scenario builder\'s ";" separator', () => {
    const path = MODULE('update-opportunity', 'communication')
    const tree = editJson(twentyTree(), path, (json) => {
      json.body = "{{omit(parameters; 'opportunityId')}}"
    })
    expect(lint(tree)).toMatchObject([{ code: 'iml-syntax', file: path, at: 'body' }])
  })

  it('reports a function the runner does not implement', () => {
    const path = MODULE('watch-new-people', 'epoch')
    const tree = editJson(twentyTree(), path, (json) => {
      json.response.output.label = "{{formatDate(item.createdAt, 'LL')}}"
    })
    expect(lint(tree)).toEqual([
      {
        code: 'iml-function',
        file: path,
        at: 'response.output.label',
        message: 'formatDate() is not a supported IML function',
      },
    ])
  })

  it('reports item outside an iterated response', () => {
    const path = MODULE('create-person', 'communication')
    const tree = editJson(twentyTree(), path, (json) => {
      json.response.output = '{{item}}'
    })
    expect(lint(tree)).toMatchObject([{ code: 'iml-variable', file: path, at: 'response.output' }])
    expect(lint(tree)[0]?.message).toContain('"item" is not available here')
  })

  it('reports the response body read while the request is still being built', () => {
    const path = MODULE('search-people', 'communication')
    const tree = editJson(twentyTree(), path, (json) => {
      json.qs.starting_after = '{{body.pageInfo.endCursor}}'
    })
    expect(lint(tree)).toMatchObject([{ code: 'iml-variable', file: path, at: 'qs.starting_after' }])
  })

  it('reports webhook data read outside attach and detach, in any request of a chain', () => {
    const path = MODULE('create-task', 'communication')
    const tree = editJson(twentyTree(), path, (json) => {
      json[1].url = '/rest/taskTargets/{{webhook.id}}'
    })
    expect(lint(tree)).toMatchObject([{ code: 'iml-variable', file: path, at: '1.url' }])
  })

  it('reports connection read by the connection check, which only has its own parameters', () => {
    const path = 'connections/twenty-api-key/twenty-api-key.communication.iml.json'
    const tree = editJson(twentyTree(), path, (json) => {
      json.headers.authorization = 'Bearer {{connection.apiKey}}'
    })
    expect(lint(tree)).toMatchObject([{ code: 'iml-variable', file: path, at: 'headers.authorization' }])
  })

  it('reports IML in a parameter list, where Make does not evaluate it', () => {
    const path = MODULE('create-task', 'mappable-params')
    const tree = editJson(twentyTree(), path, (params) => {
      params[0].default = '{{now}}'
    })
    expect(lint(tree)).toMatchObject([{ code: 'iml-not-allowed', file: path, at: '0.default' }])
  })

  it('accepts the {{...}} spread key and reports any other IML in a key', () => {
    const path = MODULE('make-api-call', 'communication')
    const tree = editJson(twentyTree(), path, (json) => {
      json.headers['{{parameters.name}}'] = 'x'
    })
    expect(lint(tree)).toMatchObject([
      { code: 'iml-not-allowed', file: path, at: 'headers.{{parameters.name}}' },
    ])
  })
})
