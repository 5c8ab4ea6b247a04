import { defineConfig } from 'vitest/config'

// Every package (and every example with a smoke test) is one vitest project.
export default defineConfig({
  test: {
    projects: ['packages/*', 'examples/*', 'docs'],
  },
})
