import { describe, expect, it } from 'vitest'
import { readArgs } from '../src/args.js'

const advice = (argv: string[], env: Record<string, string> = {}) => readArgs(argv, env).toSandbox

describe('the way back to the embedded sandbox', () => {
  it('names only the flag that was given when the other half comes from the environment', () => {
    expect(advice(['--url', 'https://crm.example.com'], { TWENTY_API_KEY: 'k' })).toBe(
      'leave out --url, and unset TWENTY_API_KEY',
    )
    expect(advice(['--key', 'k'], { TWENTY_API_URL: 'https://crm.example.com' })).toBe(
      'leave out --key, and unset TWENTY_API_URL',
    )
  })

  it('names only the variable that is set when just one was exported', () => {
    expect(advice([], { TWENTY_API_URL: 'https://crm.example.com' })).toBe('unset TWENTY_API_URL')
    expect(advice([], { TWENTY_API_KEY: 'k' })).toBe('unset TWENTY_API_KEY')
  })

  it('names both flags, or both variables, when both were used', () => {
    expect(advice(['--url', 'https://crm.example.com', '--key', 'k'])).toBe('leave out --url and --key')
    expect(advice([], { TWENTY_API_URL: 'https://crm.example.com', TWENTY_API_KEY: 'k' })).toBe(
      'unset TWENTY_API_URL and TWENTY_API_KEY',
    )
  })

  it('also names a variable a flag overrides, since it would take over once the flag is left out', () => {
    expect(
      advice(['--url', 'https://a.example.com'], {
        TWENTY_API_URL: 'https://b.example.com',
        TWENTY_API_KEY: 'k',
      }),
    ).toBe('leave out --url, and unset TWENTY_API_URL and TWENTY_API_KEY')
  })
})
