import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  sourcemap: true,
  // `require('@monitorqa/eslint-plugin')` gives the plugin itself, as ESLint plugins do.
  cjsInterop: true,
  splitting: true,
});
