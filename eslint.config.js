// @ts-check
import js from '@eslint/js';
import monitorqa from '@monitorqa/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // test/browser holds a page script that runs in Chromium (checked by the browser test, not by this program).
  {
    name: 'monitorqa/ignores',
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/*.config.ts',
      '**/*.config.js',
      'apps/bench/results/**',
      '**/test/fixtures/**',
      '**/test/browser/**',
      '**/.next/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    name: 'monitorqa/typescript',
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unified-signatures': 'off',
      // NestJS modules and controllers are decorated classes, often with nothing else in them.
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
    },
  },
  {
    name: 'monitorqa/tests',
    files: ['**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  // Next.js route modules in plain JavaScript (so Next needs no TypeScript setup): linted without types.
  { ...tseslint.configs.disableTypeChecked, files: ['**/test/next/**/*.js'] },
  // The demo is a MonitorQA service: it must pass the contract's own lint. Its benches and end-to-end
  // tests were linted with it while they lived in apps/demo, and still are.
  { ...monitorqa.configs.recommended, files: ['apps/demo/**/*.ts', 'apps/bench/**/*.ts', 'apps/e2e/**/*.ts'] },
);
