// The demo API (Express) for the soak run, in its own process: `--expose-gc`, and it
// answers a "heap" message with the heap in use after a full collection.
import { demos } from '@monitorqa/demo/harness';

const server = await demos.express!({ onServerError: () => undefined });
process.on('message', (message) => {
  if (message !== 'heap') return;
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ heap: process.memoryUsage().heapUsed });
});
process.send?.({ url: server.url });
