import { defineConfig, type Options } from 'tsup';

/**
 * How every public package builds: ESM and CJS, each with its own declarations. No source
 * maps: they would point at `src/` files the tarballs do not ship.
 */
export function defineLibrary(
  entry: string[] | Record<string, string>,
  options: Options = {},
): ReturnType<typeof defineConfig> {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: false,
    ...options,
  });
}
