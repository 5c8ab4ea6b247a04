import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { twentyApp } from '../../src/definition/twenty-app.js'
import { APP_DIR } from '../../src/generator/app-dir.js'
import { diffTrees, readTree, writeTree } from '../../src/generator/app-tree.js'
import { kebabCase, renderApp } from '../../src/generator/render-app.js'

describe('the generated local-clone tree', () => {
  it('is committed exactly as the TypeScript sources render it (run `pnpm --filter @twenty-sdk/make build` to fix)', async () => {
    const differences = diffTrees(renderApp(twentyApp), await readTree(APP_DIR))
    expect(differences, 'app/ is stale: run `npx -y pnpm@10 --filter @twenty-sdk/make build`').toEqual([])
  })

  it('renders identical bytes on every run', () => {
    expect([...renderApp(twentyApp)]).toEqual([...renderApp(twentyApp)])
  })

  it('lists every file in makecomapp.json under the Make Apps Editor names', () => {
    const tree = renderApp(twentyApp)
    const manifest = JSON.parse(tree.get('makecomapp.json') ?? '{}')
    expect(manifest.components.module.watchNewPeople.codeFiles).toEqual({
      communication: 'modules/watch-new-people/watch-new-people.communication.iml.json',
      epoch: 'modules/watch-new-people/watch-new-people.epoch.iml.json',
      staticParams: 'modules/watch-new-people/watch-new-people.static-params.iml.json',
      interface: 'modules/watch-new-people/watch-new-people.interface.iml.json',
      samples: 'modules/watch-new-people/watch-new-people.samples.iml.json',
    })
    expect(manifest.generalCodeFiles).toEqual({
      base: 'general/base.iml.json',
      common: null,
      readme: 'README.md',
      groups: 'general/groups.json',
    })
  })

  it('names directories in kebab case after camelCase component ids', () => {
    expect(kebabCase('watchWonOpportunities')).toBe('watch-won-opportunities')
  })

  it('refuses mappable parameters on a trigger, which Make runs before anything could be mapped', () => {
    const trigger = twentyApp.modules.find((module) => module.type === 'trigger')
    if (trigger === undefined) throw new Error('The app has no polling trigger')
    const broken = {
      ...twentyApp,
      modules: [{ ...trigger, mappableParams: [{ name: 'x', type: 'text' as const }] }],
    }
    expect(() => renderApp(broken)).toThrow('takes static parameters only')
  })
})

describe('writing a tree to disk', () => {
  it('removes files the tree no longer has but keeps the git-ignored .secrets directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'make-tree-'))
    try {
      await writeTree(dir, new Map([['a/old.json', '{}\n']]))
      await mkdir(join(dir, '.secrets'))
      await writeFile(join(dir, '.secrets/apikey'), 'key')
      await writeTree(dir, new Map([['b/new.json', '[]\n']]))
      expect([...(await readTree(dir)).keys()]).toEqual(['b/new.json'])
      expect(await readFile(join(dir, '.secrets/apikey'), 'utf8')).toBe('key')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
