import { describe, expect, it } from 'vitest'
import { checkApp } from '../../src/check/check-app.js'
import { formatProblem } from '../../src/check/problem.js'
import { APP_DIR } from '../../src/generator/app-dir.js'
import { readTree } from '../../src/generator/app-tree.js'
import { editJson, MODULE, problemsOf, twentyTree } from './tree-helpers.js'

describe('checking the committed app', () => {
  it('finds no problem in the committed app/ tree', async () => {
    expect(checkApp(await readTree(APP_DIR)).map(formatProblem)).toEqual([])
  })
})

describe('checking files against the manifest', () => {
  it('reports a file the manifest lists but the tree lacks', () => {
    const tree = twentyTree()
    tree.delete(MODULE('create-person', 'samples'))
    expect(problemsOf(tree)).toContainEqual({
      code: 'missing-file',
      file: 'makecomapp.json',
      at: MODULE('create-person', 'samples'),
    })
  })

  it('reports a file that no manifest entry lists', () => {
    const tree = twentyTree().set('modules/create-person/create-person.scope.iml.json', '[]')
    expect(problemsOf(tree)).toEqual([
      { code: 'orphan-file', file: 'modules/create-person/create-person.scope.iml.json', at: '' },
    ])
  })

  it('reports a file that is not JSON, and accepts JSONC comments', () => {
    const path = MODULE('create-person', 'communication')
    const broken = twentyTree().set(path, '{ "url": ')
    expect(problemsOf(broken)).toEqual([{ code: 'json', file: path, at: '' }])
    const commented = twentyTree()
    commented.set(path, `// Creates a person\n${commented.get(path)}`)
    expect(problemsOf(commented)).toEqual([])
  })

  it('reports a manifest without its required keys and stops there', () => {
    const tree = editJson(twentyTree(), 'makecomapp.json', (manifest) => {
      delete manifest.generalCodeFiles
    })
    expect(problemsOf(tree)).toEqual([{ code: 'schema', file: 'makecomapp.json', at: 'generalCodeFiles' }])
  })

  it('reports an unknown module type in the manifest', () => {
    const tree = editJson(twentyTree(), 'makecomapp.json', (manifest) => {
      manifest.components.module.createPerson.moduleType = 'poller'
    })
    expect(problemsOf(tree)).toEqual([
      { code: 'schema', file: 'makecomapp.json', at: 'components.module.createPerson.moduleType' },
    ])
  })

  it('refuses API key files outside the git-ignored .secrets directory', () => {
    const tree = editJson(twentyTree(), 'makecomapp.json', (manifest) => {
      manifest.origins[0].apikeyFile = 'apikey.txt'
    })
    expect(problemsOf(tree)).toEqual([
      { code: 'schema', file: 'makecomapp.json', at: 'origins.0.apikeyFile' },
    ])
  })
})
