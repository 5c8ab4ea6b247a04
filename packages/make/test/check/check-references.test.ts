import { describe, expect, it } from 'vitest'
import { editJson, MODULE, problemsOf, twentyTree } from './tree-helpers.js'

describe('checking references between components', () => {
  it('reports a module whose connection does not exist', () => {
    const tree = editJson(twentyTree(), 'makecomapp.json', (manifest) => {
      manifest.components.module.createTask.connection = 'twentyOauth'
    })
    expect(problemsOf(tree)).toEqual([
      { code: 'unknown-connection', file: 'makecomapp.json', at: 'components.module.createTask.connection' },
    ])
  })

  it('reports an instant trigger bound to a webhook that does not exist', () => {
    const tree = editJson(twentyTree(), 'makecomapp.json', (manifest) => {
      manifest.components.module.watchRecordEvents.webhook = 'allEvents'
    })
    expect(problemsOf(tree)).toEqual([
      { code: 'unknown-webhook', file: 'makecomapp.json', at: 'components.module.watchRecordEvents.webhook' },
    ])
  })

  it("reports an instant trigger whose connection differs from its webhook's", () => {
    const tree = editJson(twentyTree(), 'makecomapp.json', (manifest) => {
      manifest.components.webhook.recordEvents.connection = null
    })
    expect(problemsOf(tree)).toEqual([
      {
        code: 'connection-mismatch',
        file: 'makecomapp.json',
        at: 'components.module.watchRecordEvents.connection',
      },
    ])
  })

  it('reports an rpc:// option source that no RPC provides', () => {
    const path = MODULE('create-task', 'mappable-params')
    const tree = editJson(twentyTree(), path, (params) => {
      params.find((param: { name: string }) => param.name === 'assigneeId').options = 'rpc://listAssignees'
    })
    expect(problemsOf(tree)).toEqual([{ code: 'unknown-rpc', file: path, at: '4.options' }])
  })

  it('reports modules missing from the groups, listed twice, or unknown', () => {
    const tree = editJson(twentyTree(), 'general/groups.json', (groups) => {
      groups[0].modules = ['watchNewPeople', 'createPerson', 'createPerson', 'updatePerson', 'findPeople']
    })
    expect(problemsOf(tree)).toEqual([
      { code: 'group-duplicate-module', file: 'general/groups.json', at: '' },
      { code: 'group-missing-module', file: 'general/groups.json', at: '' },
      { code: 'group-unknown-module', file: 'general/groups.json', at: '0.modules' },
    ])
  })
})
