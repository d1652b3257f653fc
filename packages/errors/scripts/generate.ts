import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compareSnapshots, isSnapshot, snapshotOf } from '../src/tooling.js';
import { errorCatalog } from '../src/index.js';
import { artefacts, repoRoot, snapshotPath } from './artefacts.js';

for (const [path, content] of Object.entries(artefacts())) {
  mkdirSync(dirname(join(repoRoot, path)), { recursive: true });
  writeFileSync(join(repoRoot, path), content);
  console.log(`wrote ${path}`);
}

// The base contract's snapshot, in the format `monitorqa-errors snapshot` writes for a service. A
// breaking change is not written over: the snapshot stays, and the contract test keeps failing.
const file = join(repoRoot, snapshotPath);
const current = snapshotOf(errorCatalog);
const released: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
const breaking = isSnapshot(released) ? compareSnapshots(released, current).filter((c) => c.kind === 'breaking') : [];
if (breaking.length > 0) {
  for (const change of breaking) console.error(`BREAKING ${change.code}: ${change.message}`);
  console.error(`${snapshotPath} left as it is: the change above breaks every client.`);
  process.exitCode = 1;
} else {
  writeFileSync(file, JSON.stringify(current, null, 2) + '\n');
  console.log(`wrote ${snapshotPath}`);
}
