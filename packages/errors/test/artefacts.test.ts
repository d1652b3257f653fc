import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artefacts, repoRoot } from '../scripts/artefacts.js';

describe('generated artefacts', () => {
  it.each(Object.entries(artefacts()))('%s is up to date (run `pnpm gen` if not)', (path, content) => {
    const file = join(repoRoot, path);
    expect(existsSync(file), `${path} is missing: run \`pnpm gen\``).toBe(true);
    expect(readFileSync(file, 'utf8'), `${path} is stale: run \`pnpm gen\``).toBe(content);
  });
});
