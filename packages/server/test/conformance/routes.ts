// Framework-neutral routes: every adapter mounts the same ones and passes the same suite.
import { apiError } from '@monitorqa/errors';
import { z } from 'zod';
import {
  created,
  defineApiKeys,
  noContent,
  ok,
  unavailable,
  upstreamFailed,
  validate,
  type ApiResponse,
} from '../../src/index.js';

export interface Ctx {
  readonly params: Readonly<Record<string, string>>;
  readonly headers: { get(name: string): string | undefined };
  readonly body: unknown;
}
export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Express-style path; every framework here reads `:id`. */
  readonly path: string;
  readonly handler: (ctx: Ctx) => ApiResponse | Promise<ApiResponse>;
}

export const SECRET = 'hunter2-db-password';
export const keys = defineApiKeys({
  'read-key': { permissions: ['read'] },
  'admin-key': { permissions: ['read', 'write'] },
});
const Item = z.object({ name: z.string().min(1), interval: z.number().int().min(30) });

export const routes: readonly Route[] = [
  { method: 'GET', path: '/ok', handler: () => ok({ hello: 'world' }) },
  {
    method: 'POST',
    path: '/items',
    handler: ({ body }) => {
      const item = validate(Item, body);
      if (item.name === 'taken')
        throw apiError('RESOURCE_ALREADY_EXISTS', { details: { resource: 'item', field: 'name', value: item.name } });
      return created({ id: '1', ...item }, { location: '/items/1' });
    },
  },
  { method: 'DELETE', path: '/items/:id', handler: () => noContent() },
  // Echoes what the adapter read of the body: the body rows of the table are about reading, not validating.
  { method: 'PUT', path: '/items/:id', handler: ({ params, body }) => ok({ id: params.id, body: body ?? null }) },
  {
    method: 'GET',
    path: '/items/:id',
    handler: ({ params }) => {
      throw apiError('RESOURCE_NOT_FOUND', { details: { resource: 'item', id: params.id ?? '' } });
    },
  },
  {
    method: 'PUT',
    path: '/secure',
    handler: ({ headers }) => {
      keys.authenticate(headers.get('x-api-key'), 'write');
      return ok({ written: true });
    },
  },
  {
    method: 'GET',
    path: '/crash',
    handler: () => {
      throw new Error(`connect failed with ${SECRET}`);
    },
  },
  {
    method: 'GET',
    path: '/crash-after-await',
    handler: async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw Object.assign(new TypeError(`cannot read ${SECRET}`), { cause: new Error(SECRET) });
    },
  },
  {
    method: 'GET',
    path: '/throw-string',
    handler: () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the point: handlers throw non-Errors
      throw SECRET;
    },
  },
  {
    method: 'GET',
    path: '/throw-null',
    handler: () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the point: Express's router reads a thrown null as "no error"
      throw null;
    },
  },
  {
    method: 'GET',
    path: '/upstream',
    handler: () => {
      throw upstreamFailed(new Error(`ECONNREFUSED 10.0.0.7 ${SECRET}`), 'checker');
    },
  },
  {
    method: 'GET',
    path: '/maintenance',
    handler: () => {
      throw unavailable({ reason: 'MAINTENANCE', retryAfter: 120 });
    },
  },
];
