// The recommended config over a generated 1,000-file service, against the parser alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import monitorqa from '@monitorqa/eslint-plugin';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { compare, report, rounds } from './harness.js';

const FILES = 1000;

function handler(i: number): string {
  return `import { apiError, isApiError } from '@monitorqa/errors';
import type { Request, Response } from 'express';

const LIMIT_${i} = ${(i % 50) + 1};

export async function get${i}(req: Request, res: Response): Promise<void> {
  const id = req.params.id ?? '';
  if (id.length > LIMIT_${i}) throw apiError('INVALID_PARAMETER', { details: { parameter: 'id', reason: 'too long' } });
  try {
    const item = await load${i}(id);
    if (!item) {
      res.status(404).json({ error: { message: 'No item ' + id, code: 'RESOURCE_NOT_FOUND' } });
      return;
    }
    res.status(200).json(item);
  } catch (err) {
    if (isApiError(err) && err.code === 'CONFLICT') res.status(409).json({ error: { message: 'Busy.', code: 'CONFLICT' } });
    else throw err;
  }
}

async function load${i}(id: string): Promise<{ id: string; n: number } | undefined> {
  return id === 'x' ? undefined : { id, n: ${i} };
}
`;
}

export async function benchLint(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'monitorqa-lint-'));
  try {
    mkdirSync(join(dir, 'src'));
    for (let i = 0; i < FILES; i++) writeFileSync(join(dir, 'src', `handler-${i}.ts`), handler(i));
    const parser: Linter.Config = { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } };
    const lint = async (config: Linter.Config[]): Promise<number> => {
      const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, cache: false });
      const start = performance.now();
      await eslint.lintFiles(['src/**/*.ts']);
      return performance.now() - start;
    };
    // ESLint walks the tree only when some rule listens: a rule that does nothing shows that fixed cost.
    const noop: Linter.Config = { plugins: { bench: { rules: { noop: { create: () => ({ CallExpression: () => undefined }) } } } }, rules: { 'bench/noop': 'error' } };
    const samples = await rounds(
      {
        'typescript-eslint parser alone (baseline)': () => lint([parser]),
        '+ one no-op rule': () => lint([parser, noop]),
        '+ @monitorqa recommended': () => lint([parser, monitorqa.configs.recommended]),
      },
      7,
    );
    const results = compare(samples, 'typescript-eslint parser alone (baseline)', 'ms', false);
    const cost = (r: number): string => ((1 / r - 1) * 100).toFixed(1);
    report(
      'lint',
      `Lint: ${FILES} generated files (ms; ratio = parser time / variant time)`,
      results,
      `recommended costs ${cost(results[2]!.ratio)}% over the parser alone (goal: at most 10%); a no-op rule alone costs ${cost(results[1]!.ratio)}%.`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
