// The MonitorQA demo API, once, for every framework: handlers take a neutral request
// and return a neutral response; src/adapters/* mount them on Express, Fastify, Hono and Koa.
import { apiError } from '@monitorqa/errors';
import {
  created,
  defineApiKeys,
  noContent,
  ok,
  unavailable,
  validate,
  type ApiResponse,
} from '@monitorqa/errors-server';
import { runCheck } from './check.js';
import { MonitorInput } from './monitor.js';
import type { MonitorStore } from './store.js';

/** What a handler sees of a request, whatever the framework. */
export interface Request {
  readonly params: Readonly<Record<string, string>>;
  header(name: string): string | undefined;
  /** The parsed JSON body; malformed JSON never gets here (the adapter answers 400). */
  readonly body: unknown;
}

/** One route of the API. */
export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly handler: (request: Request) => Promise<ApiResponse>;
}

/** The demo's keys: one that reads, one that writes. */
export const API_KEYS = { read: 'demo-read-key', admin: 'demo-admin-key' } as const;

/** Maintenance mode: while on, everything but the switch itself answers 503. */
export interface Maintenance {
  on: boolean;
  readonly retryAfter: number;
}

export function defineApi(store: MonitorStore, maintenance: Maintenance = { on: false, retryAfter: 1 }): Route[] {
  const keys = defineApiKeys({
    [API_KEYS.read]: { name: 'read-only', permissions: ['monitors:read'] },
    [API_KEYS.admin]: { name: 'admin', permissions: ['monitors:read', 'monitors:write', 'admin'] },
  });

  // Authentication first, then maintenance: a 503 must not tell an anonymous caller anything more.
  const guard = (request: Request, permission: string): void => {
    keys.authenticate(request.header('x-api-key'), permission);
    if (maintenance.on) throw unavailable({ reason: 'MAINTENANCE', retryAfter: maintenance.retryAfter });
  };

  const find = async (id: string) => {
    const monitor = await store.get(id);
    if (monitor === undefined) throw apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id } });
    return monitor;
  };

  const uniqueName = async (name: string, except?: string): Promise<void> => {
    const existing = await store.findByName(name);
    if (existing && existing.id !== except) {
      throw apiError('RESOURCE_ALREADY_EXISTS', { details: { resource: 'monitor', field: 'name', value: name } });
    }
  };

  return [
    {
      method: 'GET',
      path: '/monitors',
      handler: async (request) => {
        guard(request, 'monitors:read');
        return ok({ monitors: await store.list() });
      },
    },
    {
      method: 'POST',
      path: '/monitors',
      handler: async (request) => {
        guard(request, 'monitors:write');
        const input = validate(MonitorInput, request.body);
        await uniqueName(input.name);
        const monitor = await store.create(input);
        return created(monitor, { location: `/monitors/${monitor.id}` });
      },
    },
    {
      method: 'GET',
      path: '/monitors/:id',
      handler: async (request) => {
        guard(request, 'monitors:read');
        return ok(await find(request.params.id ?? ''));
      },
    },
    {
      method: 'PUT',
      path: '/monitors/:id',
      handler: async (request) => {
        guard(request, 'monitors:write');
        const id = request.params.id ?? '';
        await find(id);
        const input = validate(MonitorInput, request.body);
        await uniqueName(input.name, id);
        return ok(await store.update(id, input));
      },
    },
    {
      method: 'DELETE',
      path: '/monitors/:id',
      handler: async (request) => {
        guard(request, 'monitors:write');
        if (!(await store.delete(request.params.id ?? '')))
          throw apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: request.params.id ?? '' } });
        return noContent();
      },
    },
    {
      method: 'POST',
      path: '/monitors/:id/check',
      handler: async (request) => {
        guard(request, 'monitors:read');
        return ok(await runCheck(await find(request.params.id ?? '')));
      },
    },
    {
      method: 'PUT',
      path: '/admin/maintenance',
      handler: (request) => {
        keys.authenticate(request.header('x-api-key'), 'admin');
        maintenance.on = (request.body as { on?: unknown } | undefined)?.on === true;
        return Promise.resolve(ok({ maintenance: maintenance.on }));
      },
    },
  ];
}
