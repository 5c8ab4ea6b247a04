// The errors guide names every code the SDK sets on its own errors, so a reader who meets one (say INVALID_LIMIT
// from toArray) finds what it means and which class carries it. A code added to the SDK fails this test until the
// guide names it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const sources = join(root, 'packages', 'twenty-sdk', 'src')

// `code: 'X'`, `code: cond ? 'X' : 'Y'`, and the rate limiter's `limiterError(context, 'X', …)`.
const CODE_PROPERTY = /\bcode:\s*([^,\n}]+)/g
const LIMITER_ERROR = /limiterError\(\s*context,\s*'([A-Z][A-Z0-9_]+)'/g
const LITERAL = /'([A-Z][A-Z0-9_]+)'/g

function sdkErrorCodes(): string[] {
  const codes = new Set<string>()
  const files = readdirSync(sources, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.startsWith('generated'),
  )
  for (const file of files) {
    const text = readFileSync(join(sources, file), 'utf8')
    for (const [, expression] of text.matchAll(CODE_PROPERTY)) {
      for (const [, code] of (expression ?? '').matchAll(LITERAL)) codes.add(code as string)
    }
    for (const [, code] of text.matchAll(LIMITER_ERROR)) codes.add(code as string)
  }
  return [...codes].sort()
}

describe('docs/errors.md', () => {
  it('names every error code the SDK sets itself', () => {
    const guide = readFileSync(join(root, 'docs', 'errors.md'), 'utf8')
    const codes = sdkErrorCodes()
    expect(codes).toContain('INVALID_LIMIT')
    expect(codes.filter((code) => !guide.includes(`\`${code}\``))).toEqual([])
  })
})
