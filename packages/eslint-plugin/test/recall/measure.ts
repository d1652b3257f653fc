// Lints public services as a new user would (the README's config), from a checkout made by hand:
// nothing is fetched here. `pnpm tsx test/recall/measure.ts <repos-dir> [--typed] [--strict] [--only=name]`
// prints every report as `repo path:line:col rule message`, then the counts; `repos.json` says which
// folder of which repository is linted, and `sites.json` holds the sampled error sites and verdicts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../../src/index.js';

interface Repo {
  readonly name: string;
  readonly dir: string;
  readonly lint: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const repos = JSON.parse(readFileSync(join(here, 'repos.json'), 'utf8')) as Repo[];
const [root = '/tmp/plugin-repos', ...flags] = process.argv.slice(2);
const typed = flags.includes('--typed');
const config = flags.includes('--strict') ? plugin.configs.strict : plugin.configs.recommended;
const only = flags.find((f) => f.startsWith('--only='))?.slice('--only='.length);

let total = 0;
let fatal = 0;
for (const repo of repos.filter((r) => only === undefined || r.name === only)) {
  const cwd = join(root, repo.dir);
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { linterOptions: { reportUnusedDisableDirectives: 'off' } },
      { ignores: ['**/node_modules/**', '**/dist/**', '**/*.d.ts', '**/*.test.*', '**/*.spec.*', '**/__tests__/**'] },
      {
        files: ['**/*.{ts,mts,cts,tsx}'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: typed ? { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: cwd } : {},
        },
      },
      config,
    ],
  });
  const results = await eslint.lintFiles([repo.lint]);
  let count = 0;
  for (const result of results) {
    for (const m of result.messages) {
      // Other plugins' rules named in the repos' own disable comments are not ours to count.
      if (m.fatal === true) fatal++;
      else if (m.ruleId?.startsWith('@monitorqa/') === true) count++;
      else continue;
      console.log(
        `${repo.name} ${result.filePath.slice(cwd.length + 1)}:${m.line}:${m.column} ${m.ruleId ?? 'fatal'} ${m.message.slice(0, 90)}`,
      );
    }
  }
  total += count;
  console.log(`# ${repo.name}: ${results.length} files, ${count} reports`);
}
console.log(`# total ${total} reports, ${fatal} parse errors`);
