// The demo API (Express) for the soak run, in its own process: `--expose-gc`, and it
// answers a "heap" message with the heap in use after a full collection.
import { startExpress } from '../src/adapters/express.js';
import { defineApi } from '../src/api.js';
import { memoryStore } from '../src/store.js';

const server = await startExpress(defineApi(memoryStore()), { onError: () => undefined });
process.on('message', (message) => {
  if (message !== 'heap') return;
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ heap: process.memoryUsage().heapUsed });
});
process.send?.({ url: server.url });
