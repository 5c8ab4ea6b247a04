// Fails when src/generated/openapi.ts is not what the spec produces today.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { OUTPUT_URL, renderTypes } from './openapi-to-ts.mjs'

const output = fileURLToPath(OUTPUT_URL)
const expected = await renderTypes()
const actual = existsSync(output) ? readFileSync(output, 'utf8') : ''
if (actual !== expected) {
  const actualLines = actual.split('\n')
  const expectedLines = expected.split('\n')
  const line = expectedLines.findIndex((text, index) => text !== actualLines[index])
  console.error(
    `src/generated/openapi.ts is stale: it differs from openapi/twenty.openapi.yaml from line ${line + 1}:`,
  )
  console.error(`  committed: ${actualLines[line] ?? '(end of file)'}`)
  console.error(`  expected:  ${expectedLines[line] ?? '(end of file)'}`)
  console.error('Fix: npx -y pnpm@10 generate, then commit src/generated/openapi.ts with the spec change.')
  process.exit(1)
}
console.log('src/generated/openapi.ts is up to date with openapi/twenty.openapi.yaml')
