// Shared by generate.mjs and check-generated.mjs: the spec → TypeScript transformation, deterministic.
import { readFileSync } from 'node:fs'
import openapiTS, { astToString } from 'openapi-typescript'

export const SPEC_URL = new URL('../../../openapi/twenty.openapi.yaml', import.meta.url)
export const VERSION_URL = new URL('../../../openapi/VERSION', import.meta.url)
export const OUTPUT_URL = new URL('../src/generated/openapi.ts', import.meta.url)

/** Renders the generated types with their do-not-edit header. */
export async function renderTypes(specUrl = SPEC_URL, header = defaultHeader()) {
  const ast = await openapiTS(specUrl, { alphabetize: false, defaultNonNullable: false })
  return `${header}\n${astToString(ast)}`
}

function defaultHeader() {
  const version = readFileSync(VERSION_URL, 'utf8').trim()
  return [
    '// Generated from openapi/twenty.openapi.yaml by openapi-typescript. Do not edit by hand.',
    `// Describes: ${version}`,
    '// Regenerate with: npx -y pnpm@10 generate',
    '/* eslint-disable */',
  ].join('\n')
}
