import type { KnipConfig } from 'knip';

// README examples are run by tests and count as users of a public export: knip reads the
// TypeScript and JavaScript code blocks of each Markdown file as one module (what an example
// exports is the example's own business, so `export` is dropped).
const markdownCode = (text: string): string =>
  [...text.matchAll(/```(?:ts|typescript|js|javascript|tsx)\n([\s\S]*?)```/g)]
    .map((match) => (match[1] ?? '').replace(/^export (default )?/gm, ''))
    .join('\n');

const config: KnipConfig = {
  compilers: { md: markdownCode },
  workspaces: {
    // The root's scripts are used by every package's README test.
    '.': { entry: ['scripts/*.ts'], project: ['scripts/**/*.ts'], includeEntryExports: false },
    'packages/*': {
      entry: [
        'src/index.ts',
        'src/tooling.ts',
        'src/adapters/*.ts',
        'src/adapters/nest/index.ts',
        'src/helpers/otel.ts',
        'scripts/*.ts',
        'test/**/*.test.ts',
        'test/**/*.test-d.ts',
        'README.md',
      ],
      project: ['src/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', '*.md'],
    },
    'apps/*': { entry: ['src/**/*.ts', 'test/**/*.test.ts', 'README.md'], project: ['**/*.ts', '*.md'] },
    // The rule docs show the server code the rules point to; the recall script is run by hand (`pnpm measure`).
    'packages/eslint-plugin': {
      entry: ['src/index.ts', 'test/**/*.test.ts', 'test/recall/measure.ts', 'README.md', 'docs/**/*.md'],
      project: ['src/**/*.ts', 'test/**/*.ts', '*.md', 'docs/**/*.md'],
      ignoreDependencies: ['@monitorqa/errors-server'],
    },
    // The testkit's README examples run from the demo (the graph stays acyclic): their imports are the demo's.
    'packages/testkit': {
      entry: ['src/index.ts', 'src/cli.ts', 'src/msw.ts', 'test/**/*.test.ts', 'README.md'],
      project: ['src/**/*.ts', 'test/**/*.ts', '*.md'],
      ignoreDependencies: ['hono', '@monitorqa/errors-server'],
    },
  },
  ignore: ['**/test/fixtures/**'],
  includeEntryExports: true,
  ignoreExportsUsedInFile: true,
  // README tests run each example with `node --import tsx` (scripts/readme-example.ts): a loader, not an import.
  ignoreDependencies: ['tsx'],
  // valgrind's companion, installed with it (the instruction bench is skipped without valgrind).
  ignoreBinaries: ['callgrind_control'],
  // Public types are the vocabulary of the signatures (users name them in their own code, rule
  // files export their Options and MessageIds as typescript-eslint's do): reported, not failed.
  rules: { types: 'warn' },
};

export default config;
