import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: {
    // The smoke test runs the sandbox from source, so it never depends on a stale build.
    alias: {
      '@twenty-sdk/sandbox': fileURLToPath(new URL('../../packages/sandbox/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'example-csv-import',
    include: ['test/**/*.test.ts'],
  },
})
