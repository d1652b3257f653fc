import { defineConfig, type Options } from 'tsup';

/** How every public package builds: ESM and CJS, each with its own declarations. */
export function defineLibrary(entry: string[], options: Options = {}): ReturnType<typeof defineConfig> {
  return defineConfig({ entry, format: ['esm', 'cjs'], dts: true, clean: true, target: 'node20', sourcemap: true, ...options });
}
