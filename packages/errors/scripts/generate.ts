import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorCatalog } from '../src/index.js';
import { artefacts, repoRoot, snapshotPath } from './artefacts.js';

for (const [path, content] of Object.entries(artefacts())) {
  mkdirSync(dirname(join(repoRoot, path)), { recursive: true });
  writeFileSync(join(repoRoot, path), content);
  console.log(`wrote ${path}`);
}

// New codes join the snapshot; removed or re-mapped ones are left for the compatibility test to catch.
const file = join(repoRoot, snapshotPath);
const snapshot = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>) : {};
for (const code of errorCatalog.codes) snapshot[code] ??= errorCatalog.statusOf(code);
writeFileSync(file, JSON.stringify(snapshot, null, 2) + '\n');
console.log(`wrote ${snapshotPath}`);
