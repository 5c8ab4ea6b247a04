// Every ```ts block in docs/*.md and packages/*/README.md compiles against the SDK as published (the rules a
// block is checked under are in code-blocks.ts and docs/testing.md).
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { documentationPages, extractBlocks, withCarriedImports } from './code-blocks.js'
import { type BlockErrors, typeCheckBlocks } from './type-check.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const blocks = documentationPages(root).flatMap((page) => withCarriedImports(extractBlocks(root, page)))
const checked = blocks.filter((block) => !block.nocheck)
let errors: BlockErrors

beforeAll(() => {
  errors = typeCheckBlocks(root, checked)
}, 60_000)

describe('TypeScript blocks in the guides and package READMEs', () => {
  it('finds the blocks of every guide page that has TypeScript in it', () => {
    expect(new Set(checked.map((block) => block.page))).toContain('docs/quickstart.md')
    expect(checked.length).toBeGreaterThan(20)
  })

  it('compiles the prelude of implicit names (twenty, apiKey, id, event) without errors', () => {
    expect(errors.prelude).toEqual([])
  })

  it('skips at most one block in ten with `ts nocheck`', () => {
    expect(blocks.length - checked.length).toBeLessThanOrEqual(Math.floor(blocks.length / 10))
  })

  for (const block of checked) {
    it(`${block.page}:${block.line} compiles against twenty-sdk`, () => {
      expect(errors.blocks.get(block)).toEqual([])
    })
  }
})
