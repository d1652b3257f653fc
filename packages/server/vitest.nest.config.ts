import swc from 'unplugin-swc';
import { defineProject } from 'vitest/config';

// NestJS code as teams write it needs decorator metadata, which esbuild does not emit: swc compiles these tests.
export default defineProject({
  plugins: [swc.vite({ tsconfigFile: './test/nest/tsconfig.json', jsc: { target: 'es2022' } })],
  test: { name: 'server-nest', include: ['test/nest/**/*.test.ts'] },
});
