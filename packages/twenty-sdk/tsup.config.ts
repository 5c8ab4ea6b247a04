import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', webhooks: 'src/webhooks/index.ts', mapping: 'src/mapping/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // Shared chunks in both formats, so `require('twenty-sdk/webhooks')` errors are `instanceof` the
  // `TwentyError` of `require('twenty-sdk')` (one class, not two copies).
  splitting: true,
  // p-retry is ESM-only; bundling it keeps the CommonJS build loadable with require() everywhere.
  noExternal: ['p-retry', 'is-network-error'],
})
