// The errors guide's table of codes is the SDK's list of its own codes (TWENTY_SDK_ERROR_CODES, which types
// `TwentySdkErrorCode`), so a reader who meets one (say INVALID_LIMIT from toArray) finds what it means and which
// class carries it, and a code in the guide is one a `switch` on `error.code` can meet.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { TWENTY_SDK_ERROR_CODES } from '../../packages/twenty-sdk/src/errors/error-codes.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const sources = join(root, 'packages', 'twenty-sdk', 'src')

/** The codes in the first cell of each row of the guide's table of codes (the one headed `| code |`). */
function documentedCodes(): string[] {
  const guide = readFileSync(join(root, 'docs', 'errors.md'), 'utf8')
  const lines = guide.split('\n')
  const header = lines.findIndex((line) => /^\|\s*code\s*\|/.test(line))
  expect(header, 'errors.md has a table headed "| code |"').toBeGreaterThan(-1)
  const rows = lines.slice(header + 2)
  const table = rows.slice(
    0,
    rows.findIndex((line) => !line.startsWith('|')),
  )
  return table.flatMap((row) =>
    [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map(([, code]) => code as string),
  )
}

// `code: 'X'`, `code: cond ? 'X' : 'Y'`: a code literal the compiler would not check if it lost its `satisfies`.
const CODE_PROPERTY = /\bcode:\s*([^,\n}]+)/g
const LITERAL = /'([A-Za-z][A-Za-z0-9_]+)'/g

function codesInSources(): string[] {
  const codes = new Set<string>()
  const files = readdirSync(sources, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.startsWith('generated'),
  )
  for (const file of files) {
    const text = readFileSync(join(sources, file), 'utf8')
    for (const [, expression] of text.matchAll(CODE_PROPERTY)) {
      for (const [, code] of (expression ?? '').matchAll(LITERAL)) codes.add(code as string)
    }
  }
  return [...codes].sort()
}

describe('docs/errors.md', () => {
  it('lists exactly the codes of the SDK list, once each, in its table of codes', () => {
    const documented = documentedCodes()
    expect(documented).toContain('INVALID_LIMIT')
    expect(documented.filter((code, index) => documented.indexOf(code) !== index)).toEqual([])
    expect([...documented].sort()).toEqual([...TWENTY_SDK_ERROR_CODES].sort())
  })

  it('finds every code literal of the SDK sources in the SDK list', () => {
    const codes = codesInSources()
    expect(codes).toContain('WEBHOOK_NOT_FOUND')
    const list: readonly string[] = TWENTY_SDK_ERROR_CODES
    expect(codes.filter((code) => !list.includes(code))).toEqual([])
  })
})
