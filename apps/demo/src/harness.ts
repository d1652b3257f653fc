// The demo API mounted on every adapter: the one way `pnpm demo`, the demo's tests, the benches
// (@monitorqa/bench) and the end-to-end tests (@monitorqa/e2e) start it.
import { adapters, type AdapterOptions, type Running } from './adapters/index.js';
import { defineApi, type Maintenance } from './api.js';
import { memoryStore, type MonitorStore } from './store.js';

export { API_KEYS } from './api.js';
export type { Running } from './adapters/index.js';

/** How to start the demo: the adapter's options, and the state the API runs on. */
export interface DemoOptions extends AdapterOptions {
  /** Where monitors live; a new, empty store when left out. */
  readonly store?: MonitorStore;
  /** The maintenance switch; off when left out. */
  readonly maintenance?: Maintenance;
}

/** Starts the demo API on one adapter, listening on 127.0.0.1. */
export type StartDemo = (options?: DemoOptions) => Promise<Running>;

/**
 * The demo API on each adapter, by name (express, fastify, hono, koa, nest-express, nest-fastify):
 * every entry mounts the same routes on its framework.
 *
 * @example
 * const server = await demos.express!({ onServerError: console.error });
 * const res = await fetch(`${server.url}/monitors`, { headers: { 'x-api-key': API_KEYS.read } });
 * await server.close();
 */
export const demos: Readonly<Record<string, StartDemo>> = Object.fromEntries(
  Object.entries(adapters).map(([name, start]): [string, StartDemo] => [
    name,
    ({ store = memoryStore(), maintenance, ...options } = {}) => start(defineApi(store, maintenance), options),
  ]),
);
