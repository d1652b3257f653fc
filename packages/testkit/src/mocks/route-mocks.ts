// MSW handlers per declared route: `mocks.getMonitor.error('RESOURCE_NOT_FOUND', { details })`, typed by
// the codes the route may answer.
import {
  routeCodes,
  type AnyErrorCatalog,
  type AnyRoute,
  type CodeOf,
  type DetailsOf,
  type ErrorCatalog,
  type CodeDefinitions,
  type RouteErrorCode,
  type ShapeType,
} from '@monitorqa/errors';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { mockError } from './mock-error.js';

type DefsOf<R> = R extends { readonly '~codes'?: infer Defs } ? NonNullable<Defs> : never;
type Answerable<R extends AnyRoute> = RouteErrorCode<R> & CodeOf<DefsOf<R>>;

/** What a mocked error may say besides its code: its details typed for that code. */
export interface RouteErrorInit<D> {
  readonly details?: D;
  readonly message?: string;
  readonly retryAfter?: number;
  readonly requestId?: string;
}

/** The handlers of one declared route. */
export interface RouteMock<R extends AnyRoute> {
  /** Answers with an error of a code the route may answer (anything else is a type error, and throws). */
  error<C extends Answerable<R>>(code: C, init?: RouteErrorInit<DetailsOf<DefsOf<R>, C>>): HttpHandler;
  /** Answers with a success body (the route's status, JSON). */
  reply(body: R extends { readonly response: infer S } ? ShapeType<S> : unknown): HttpHandler;
  /** Answers with a success body after `ms` milliseconds: for loading states and the client's `timeout`. */
  slow(ms: number, body?: R extends { readonly response: infer S } ? ShapeType<S> : unknown): HttpHandler;
  /** The network fails: `fetch` rejects, and the client reads a `TransportError` of kind `network`. */
  networkError(): HttpHandler;
}

/** A mock per declared route, by name. */
export type RouteMocks<T extends Readonly<Record<string, AnyRoute>>> = { readonly [K in keyof T]: RouteMock<T[K]> };

/**
 * MSW handlers for each declared route, on its method and path under `baseUrl`: `error(code, init)` with the
 * codes the route may answer only (typed, and checked at run time), `reply(body)`, `slow(ms)` and
 * `networkError()`. The answers are those a real service sends (`mockError`).
 * @example
 * const mocks = routeMocks(routes, { catalog, baseUrl: 'https://api.monitorqa.test' });
 * server.use(mocks.getMonitor.error('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '42' } }));
 */
export function routeMocks<const T extends Readonly<Record<string, AnyRoute>>>(
  routes: T,
  options: { readonly baseUrl: string; readonly catalog?: ErrorCatalog<CodeDefinitions> | AnyErrorCatalog },
): RouteMocks<T> {
  const out: Record<string, RouteMock<AnyRoute>> = {};
  for (const [name, route] of Object.entries(routes))
    out[name] = mockOf(route, options.baseUrl.replace(/\/$/, ''), options.catalog);
  return out as RouteMocks<T>;
}

function mockOf(route: AnyRoute, baseUrl: string, catalog: AnyErrorCatalog | undefined): RouteMock<AnyRoute> {
  const on = (resolver: Parameters<typeof http.all>[1]): HttpHandler =>
    http[route.method.toLowerCase() as 'get'](baseUrl + route.path, resolver);
  const success = (body: unknown): Response =>
    route.status === 204
      ? new HttpResponse(null, { status: 204 })
      : HttpResponse.json(body as never, { status: route.status ?? 200 });
  return {
    error: (code, init = {}) => {
      if (!routeCodes(route).includes(code))
        throw new TypeError(`${route.name} does not answer ${code}: mock one of the codes it declares, or declare it.`);
      return on(() => mockError(code, { ...init, catalog }));
    },
    reply: (body) => on(() => success(body)),
    slow: (ms, body) =>
      on(async () => {
        await delay(ms);
        return success(body);
      }),
    networkError: () => on(() => HttpResponse.error()),
  };
}
