import { describe, expect, it } from 'vitest'
import { checkApp } from '../../src/check/check-app.js'
import { editJson, MODULE, problemsOf, twentyTree } from './tree-helpers.js'

const messages = (tree: Map<string, string>) => checkApp(tree).map((problem) => problem.message)

describe('checking what each module type needs', () => {
  it('reports a polling trigger without an epoch', () => {
    const tree = editJson(twentyTree(), 'makecomapp.json', (manifest) => {
      delete manifest.components.module.watchNewPeople.codeFiles.epoch
    })
    tree.delete(MODULE('watch-new-people', 'epoch'))
    expect(messages(tree)).toEqual(['watchNewPeople: a polling trigger needs an epoch'])
  })

  it('reports a polling trigger that reads oldest first', () => {
    const tree = editJson(twentyTree(), MODULE('watch-completed-tasks', 'communication'), (json) => {
      json.response.trigger.order = 'asc'
    })
    expect(messages(tree)).toEqual([
      "watchCompletedTasks: a polling trigger must read newest first (order desc), or Make's 3,200-item cap can hide new items",
    ])
  })

  it('reports a polling trigger without a limit parameter or response.limit', () => {
    const tree = editJson(twentyTree(), MODULE('watch-new-people', 'static-params'), (params) => {
      params.pop()
    })
    const withoutLimit = editJson(tree, MODULE('watch-new-people', 'communication'), (json) => {
      delete json.response.limit
    })
    expect(messages(withoutLimit)).toEqual([
      'watchNewPeople: a polling trigger needs a limit parameter',
      'watchNewPeople: a polling trigger needs response.iterate and response.limit',
    ])
  })

  it("reports an epoch above Make's 300-item ceiling or without a date", () => {
    const tree = editJson(twentyTree(), MODULE('watch-new-people', 'epoch'), (json) => {
      json.response.limit = 1000
      delete json.response.output.date
    })
    expect(messages(tree)).toEqual([
      'watchNewPeople: the epoch limit must be a number up to 300',
      'watchNewPeople: the epoch outputs {label, date} or {label, id}',
    ])
  })

  it('reports a search without a limit', () => {
    const tree = editJson(twentyTree(), MODULE('search-people', 'communication'), (json) => {
      delete json.response.limit
    })
    expect(messages(tree)).toEqual(['searchPeople: a search needs response.iterate and response.limit'])
  })

  it('reports an instant trigger without a webhook and an action without actionCrud', () => {
    const tree = editJson(twentyTree(), 'makecomapp.json', (manifest) => {
      delete manifest.components.module.watchRecordEvents.webhook
      delete manifest.components.module.createTask.actionCrud
    })
    expect(messages(tree)).toEqual([
      'createTask: an action needs actionCrud',
      'watchRecordEvents: an instant trigger needs a webhook',
    ])
  })

  it('reports a chain of requests outside an action', () => {
    const path = MODULE('search-people', 'communication')
    const tree = editJson(twentyTree(), path, (json) => [json, json])
    expect(messages(tree)).toContain('searchPeople: only actions chain several requests')
  })

  it('reports a module without samples', () => {
    const tree = twentyTree().set(MODULE('create-company', 'samples'), '{}')
    expect(messages(tree)).toEqual(['createCompany: needs samples'])
  })

  it('reports an output key that the module interface does not declare', () => {
    const path = MODULE('make-api-call', 'communication')
    const tree = editJson(twentyTree(), path, (json) => {
      json.response.output.status = '{{statusCode}}'
    })
    expect(problemsOf(tree)).toEqual([
      { code: 'output-undeclared', file: path, at: 'response.output.status' },
    ])
  })

  it('reports a webhook output key that its instant trigger does not declare', () => {
    const path = 'webhooks/record-events/record-events.communication.iml.json'
    const tree = editJson(twentyTree(), path, (json) => {
      json.output.signature = '{{headers.`x-twenty-webhook-signature`}}'
    })
    expect(problemsOf(tree)).toEqual([{ code: 'output-undeclared', file: path, at: 'output.signature' }])
  })
})
