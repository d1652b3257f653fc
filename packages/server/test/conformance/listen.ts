import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleClientErrors } from '../../src/adapters/node.js';
import type { Started } from './suite.js';

/** A started node:http server on 127.0.0.1, as the suite wants it, with `handleClientErrors` installed. */
export function started(server: Server): Started {
  // As a Node service is set up: what Node answers before any framework gets the envelope too.
  handleClientErrors(server);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}

/** Lowercase header lookup over Node's incoming headers. */
export function headerGetter(headers: Readonly<Record<string, string | string[] | undefined>>): {
  get(name: string): string | undefined;
} {
  return { get: (name) => [headers[name.toLowerCase()]].flat()[0] };
}
