// The demo service under the conformance kit services run in their own tests (@monitorqa/errors-testkit).
import { errorContractProbes, runProbe, type ContractOptions } from '@monitorqa/errors-testkit';
import { API_KEYS } from './api.js';
import type { StartDemo } from './harness.js';
import { memoryStore } from './store.js';

const admin = { 'x-api-key': API_KEYS.admin };
// What the tcp checker's crash holds (src/check.ts): it must never reach the wire.
const SECRET = 's3cret';

/** What the kit found on one adapter: every probe sent, and the violations among them. */
export interface KitResult {
  readonly adapter: string;
  readonly probes: number;
  readonly failures: readonly string[];
}

/** Starts the demo API on an adapter and sends it every probe of the kit. */
export async function runKit(adapter: string, start: StartDemo): Promise<KitResult> {
  const store = memoryStore();
  // A tcp monitor's check crashes with the planted secret (the demo's 500 scenario).
  const crashing = await store.create({ name: 'db', kind: 'tcp', url: 'http://db.internal:5432', interval: 60 });
  const server = await start({ store, onServerError: () => undefined });
  const options: ContractOptions = {
    jsonRoute: { method: 'POST', path: '/monitors', headers: admin },
    keyRoute: { method: 'GET', path: '/monitors' },
    paramRoute: { method: 'GET', path: '/monitors/:id', headers: admin },
    crashRoute: { method: 'POST', path: `/monitors/${crashing.id}/check`, headers: admin },
    secret: SECRET,
    wireRoute: { method: 'GET', path: '/monitors' },
    statuses: [
      {
        request: { method: 'GET', path: '/monitors/nope', headers: admin },
        status: 404,
        code: 'RESOURCE_NOT_FOUND',
        details: { resource: 'monitor', id: 'nope' },
      },
    ],
  };
  const probes = errorContractProbes(options);
  const failures: string[] = [];
  try {
    for (const probe of probes)
      await runProbe(server.url, probe, options).catch((error: unknown) =>
        failures.push(error instanceof Error ? error.message : String(error)),
      );
  } finally {
    await server.close();
  }
  return { adapter, probes: probes.length, failures };
}
