import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: {
    // Tests run the sandbox from source, so they never depend on a stale build.
    alias: { '@twenty-sdk/sandbox': fileURLToPath(new URL('../sandbox/src/index.ts', import.meta.url)) },
  },
  test: {
    name: 'twenty-sdk',
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/types/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
})
