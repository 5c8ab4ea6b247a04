import { defineConfig } from 'vitest/config'

// Every package (and every example with a smoke test) is one vitest project.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'examples/*/vitest.config.ts', 'docs'],
  },
})
