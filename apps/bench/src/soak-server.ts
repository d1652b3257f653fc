// The demo API (Express) for the soak run, in its own process: `--expose-gc`, and it
// answers a "heap" message with the heap in use after a full collection.
import { demos } from '@monitorqa/demo/harness';

// 5xx the service logged: a client that goes away must never add to it.
let serverErrors = 0;
const server = await demos.express!({
  onServerError: () => {
    serverErrors++;
  },
});
process.on('message', (message) => {
  if (message === 'serverErrors') process.send?.({ serverErrors });
  if (message !== 'heap') return;
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ heap: process.memoryUsage().heapUsed });
});
process.send?.({ url: server.url });
