import type { Route } from '../api.js';
import { startExpress } from './express.js';
import { startFastify } from './fastify.js';
import { startHono } from './hono.js';
import { startKoa } from './koa.js';
import { startNestExpress, startNestFastify } from './nest.js';
import type { AdapterOptions, Running } from './running.js';

export type { AdapterOptions, Running } from './running.js';

/** Every adapter the demo serves the same API with. */
export const adapters: Readonly<
  Record<string, (routes: readonly Route[], options?: AdapterOptions) => Promise<Running>>
> = {
  express: startExpress,
  fastify: startFastify,
  hono: startHono,
  koa: startKoa,
  'nest-express': startNestExpress,
  'nest-fastify': startNestFastify,
};
