import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorInfo } from '@monitorqa/errors-server';
import { handleClientErrors } from '@monitorqa/errors-server/node';

/** A server listening on 127.0.0.1. */
export interface Running {
  readonly url: string;
  close(): Promise<void>;
}

/** Wraps a listening node:http server; Node's own 400/431 answers get the envelope too. */
export function running(server: Server): Running {
  handleClientErrors(server);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** What an adapter is given besides the routes. */
export interface AdapterOptions {
  /** Every 5xx with what was really thrown: the demo's log. */
  readonly onServerError?: (error: unknown, info: ErrorInfo) => void;
  readonly port?: number;
  /** A browser origin allowed to call the API (CORS, with the framework's own middleware). */
  readonly allowOrigin?: string;
}
