// Writes src/generated/openapi.ts from openapi/twenty.openapi.yaml.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { OUTPUT_URL, renderTypes } from './openapi-to-ts.mjs'

const output = fileURLToPath(OUTPUT_URL)
mkdirSync(dirname(output), { recursive: true })
writeFileSync(output, await renderTypes())
console.log(`generated ${output}`)
