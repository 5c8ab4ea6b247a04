import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineProject({
  resolve: {
    // Integration and contract tests run the sandbox and the Zapier app from source, never a stale build.
    alias: {
      '@twenty-sdk/sandbox': source('../sandbox/src/index.ts'),
      '@twenty-sdk/zapier': source('../zapier/src/index.ts'),
    },
  },
  test: {
    name: 'make',
    include: ['test/**/*.test.ts'],
  },
})
