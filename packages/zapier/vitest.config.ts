import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: {
    // Tests run the sandbox from source, so they never depend on a stale build.
    alias: { '@twenty-sdk/sandbox': fileURLToPath(new URL('../sandbox/src/index.ts', import.meta.url)) },
  },
  test: {
    name: 'zapier',
    include: ['test/**/*.test.ts'],
    // Zapier core turns its output checks (ids, arrays, objects) into thrown CheckErrors only under test.
    env: { NODE_ENV: 'test' },
    testTimeout: 15_000,
  },
})
