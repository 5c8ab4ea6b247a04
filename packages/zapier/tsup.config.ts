import { defineConfig } from 'tsup'

// The workspace build: ESM with its dependencies external, for tests and tooling. What Zapier runs is the
// single-file bundle that `scripts/stage.mjs` writes into deploy/.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node22',
})
