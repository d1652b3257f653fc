import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artefacts, repoRoot, snapshotPath } from '../scripts/artefacts.js';
import { errorCatalog } from '../src/index.js';

describe('generated artefacts', () => {
  it.each(Object.entries(artefacts()))('%s is up to date (run `pnpm gen` if not)', (path, content) => {
    const file = join(repoRoot, path);
    expect(existsSync(file), `${path} is missing: run \`pnpm gen\``).toBe(true);
    expect(readFileSync(file, 'utf8'), `${path} is stale: run \`pnpm gen\``).toBe(content);
  });
});

describe('compatibility of codes', () => {
  const snapshot = JSON.parse(readFileSync(join(repoRoot, snapshotPath), 'utf8')) as Record<string, number>;

  it.each(Object.entries(snapshot))('%s still exists and still maps onto %i', (code, status) => {
    expect(errorCatalog.has(code), `BREAKING CHANGE of the contract: code ${code} was removed`).toBe(true);
    expect(errorCatalog.statusOf(code as never), `BREAKING CHANGE of the contract: code ${code} changed status`).toBe(
      status,
    );
  });

  it('records every current code (run `pnpm gen` to add new ones)', () => {
    expect(errorCatalog.codes.filter((c) => !(c in snapshot))).toEqual([]);
  });
});
