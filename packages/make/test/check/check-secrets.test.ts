import { describe, expect, it } from 'vitest'
import { checkApp } from '../../src/check/check-app.js'
import { editJson, MODULE, problemsOf, twentyTree } from './tree-helpers.js'

describe("checking that secrets stay out of Make's logs", () => {
  it('reports the base when its Bearer header is not sanitized', () => {
    const tree = editJson(twentyTree(), 'general/base.iml.json', (base) => {
      base.log.sanitize = []
    })
    const [problem] = checkApp(tree)
    expect(problem).toMatchObject({
      code: 'unsanitized-secret',
      file: 'general/base.iml.json',
      at: 'headers.authorization',
    })
    expect(problem?.message).toContain('"request.headers.authorization"')
  })

  it('reports the connection check, which does not inherit the base, when it logs the key', () => {
    const path = 'connections/twenty-api-key/twenty-api-key.communication.iml.json'
    const tree = editJson(twentyTree(), path, (json) => {
      delete json.log
    })
    expect(problemsOf(tree)).toEqual([
      { code: 'unsanitized-secret', file: path, at: 'headers.authorization' },
    ])
  })

  it('reports a module that sends the key in the query string without sanitizing it', () => {
    const path = MODULE('create-person', 'communication')
    const tree = editJson(twentyTree(), path, (json) => {
      json.qs = { token: '{{connection.apiKey}}' }
    })
    expect(problemsOf(tree)).toEqual([{ code: 'unsanitized-secret', file: path, at: 'qs.token' }])
  })

  it('reports the request of a chain that sends the key unsanitized', () => {
    const path = MODULE('create-task', 'communication')
    const tree = editJson(twentyTree(), path, (json) => {
      json[2].headers = { 'x-api-key': '{{connection.apiKey}}' }
    })
    expect(problemsOf(tree)).toEqual([{ code: 'unsanitized-secret', file: path, at: '2.headers.x-api-key' }])
  })

  it('reports the webhook attach when the generated signing secret is logged', () => {
    const path = 'webhooks/record-events/record-events.attach.iml.json'
    const tree = editJson(twentyTree(), path, (json) => {
      json.log.sanitize = ['request.headers.authorization']
    })
    expect(problemsOf(tree)).toEqual([{ code: 'unsanitized-secret', file: path, at: 'body.secret' }])
  })
})
