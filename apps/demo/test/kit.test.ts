// The demo service on every adapter passes the conformance kit a service runs in its own tests
// (@monitorqa/errors-testkit): the kit and the server package agree on what the contract is.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { assertErrorContract, type ContractOptions } from '@monitorqa/errors-testkit';
import { adapters, type Running } from '../src/adapters/index.js';
import { API_KEYS, defineApi } from '../src/api.js';
import { memoryStore } from '../src/store.js';

const admin = { 'x-api-key': API_KEYS.admin };
// What the tcp checker's crash holds (src/check.ts): it must never reach the wire.
const SECRET = 's3cret';

for (const [name, start] of Object.entries(adapters)) {
  describe(`${name} under the conformance kit`, () => {
    let server: Running;
    let options: ContractOptions;
    beforeAll(async () => {
      const store = memoryStore();
      // A tcp monitor's check crashes with the planted secret (the demo's 500 scenario).
      const crashing = await store.create({ name: 'db', kind: 'tcp', url: 'http://db.internal:5432', interval: 60 });
      server = await start(defineApi(store), { onError: () => undefined });
      options = {
        jsonRoute: { method: 'POST', path: '/monitors', headers: admin },
        keyRoute: { method: 'GET', path: '/monitors' },
        paramRoute: { method: 'GET', path: '/monitors/:id', headers: admin },
        wireRoute: { method: 'GET', path: '/monitors' },
        crashRoute: { method: 'POST', path: `/monitors/${crashing.id}/check`, headers: admin },
        secret: SECRET,
        statuses: [{ request: { method: 'GET', path: '/monitors/nope', headers: admin }, status: 404, code: 'RESOURCE_NOT_FOUND', details: { resource: 'monitor', id: 'nope' } }],
      };
    });
    afterAll(() => server.close());
    it('passes assertErrorContract', async () => {
      await assertErrorContract(server.url, options);
    });
  });
}
