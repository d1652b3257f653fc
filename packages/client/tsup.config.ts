import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // Browsers and edge runtimes too: nothing Node-only may end up in the bundle.
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
});
