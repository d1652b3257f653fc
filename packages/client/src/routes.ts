// Calling declared routes (`defineRoutes` of `@monitorqa/errors`): `@monitorqa/errors-client/routes`,
// a subpath of its own, so an app that declares no routes pays nothing for it.
import {
  ApiError,
  type AnyRoute,
  type ApiErrorOf,
  type CodeOf,
  type PathParams,
  type RouteErrorCode,
  type ShapeType,
} from '@monitorqa/errors';
import { createClient, mergeOptions, type Client, type ClientOptions, type RequestOptions } from './client.js';
import { matchError, type PartialHandlers } from './match.js';
import type { Received } from './received.js';

type DefsOf<R> = R extends { readonly '~codes'?: infer Defs } ? NonNullable<Defs> : never;
type NoKeys<T> = [keyof T] extends [never] ? true : false;
type Field<Name extends string, T> = undefined extends T
  ? { readonly [K in Name]?: T }
  : Partial<T> extends T
    ? { readonly [K in Name]?: T }
    : { readonly [K in Name]: T };

type ParamsOf<R extends AnyRoute> =
  NoKeys<PathParams<R['path']>> extends true ? { readonly params?: never } : { readonly params: PathParams<R['path']> };
type QueryOf<R extends AnyRoute> = R extends { readonly query: infer Q }
  ? Field<'query', ShapeType<Q, 'input'>>
  : { readonly query?: never };
type BodyOf<R extends AnyRoute> = R extends { readonly body: infer B }
  ? Field<'body', ShapeType<B, 'input'>>
  : { readonly body?: never };

/** The options of calling a route: its path parameters, query and body as it declares them, and any request option. */
export type CallOptions<R extends AnyRoute> = Omit<RequestOptions<'json'>, 'body' | 'query' | 'parseAs'> &
  ParamsOf<R> &
  QueryOf<R> &
  BodyOf<R> & {
    /** Validate the success body with the route's `response` schema (a Standard Schema); a mismatch is a 502 `BAD_GATEWAY`. */
    readonly validate?: boolean;
  };

/** What a route's success resolves with: its `response` type, `undefined` for a 204, else `unknown`. */
export type CallResult<R extends AnyRoute> = R extends { readonly status: 204 }
  ? undefined
  : R extends { readonly response: infer S }
    ? ShapeType<S>
    : unknown;

/** The error a route's call may reject with, read off the wire (`details` possibly missing). */
export type CallError<R extends AnyRoute> = {
  [C in RouteErrorCode<R> & CodeOf<DefsOf<R>>]: Received<ApiErrorOf<DefsOf<R>, C>>;
}[RouteErrorCode<R> & CodeOf<DefsOf<R>>];

/** A client that also calls declared routes. */
export interface RouteClient extends Client {
  /**
   * Calls a declared route: the path from its parameters, the query and body as declared. Resolves with
   * the success body; rejects with a `CallError<typeof route>` (match it with `matchRouteError`) or a
   * `TransportError`.
   * @example const monitor = await api.call(routes.getMonitor, { params: { id: 42 } });
   */
  call<R extends AnyRoute>(
    route: R,
    ...options: NoKeys<RequiredKeys<CallOptions<R>>> extends true
      ? [options?: CallOptions<R>]
      : [options: CallOptions<R>]
  ): Promise<CallResult<R>>;
  extend(options: Partial<ClientOptions>): RouteClient;
}
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- "can {} stand for Pick<T, K>" is "is K optional"
type RequiredKeys<T> = { [K in keyof T as Record<never, never> extends Pick<T, K> ? never : K]: T[K] };

/**
 * `createClient` with `call(route, options)` for routes declared with `defineRoutes`: typed from
 * the declaration end to end (path parameters, query, body, success body, the route's errors).
 * @example
 * const api = createRouteClient({ baseUrl: '/api' });
 * const monitor = await api.call(routes.getMonitor, { params: { id: '42' } });
 */
export function createRouteClient(options: ClientOptions): RouteClient {
  const client = createClient(options);
  const call = async (route: AnyRoute, opts: LooseOptions = {}): Promise<unknown> => {
    const { params, validate, ...rest } = opts;
    const res = await client.request(route.method, toPath(route.path, params), rest);
    return validate === true ? validated(route, res.status, res.data) : res.data;
  };
  return {
    ...client,
    call: call as never,
    extend: (more) => createRouteClient(mergeOptions(options, more)),
  } as RouteClient;
}

type LooseOptions = RequestOptions & { readonly params?: Record<string, string | number>; readonly validate?: boolean };

function toPath(path: string, params: Readonly<Record<string, string | number>> = {}): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    // Typed as present, but a caller's `any` or JavaScript may still leave one out.
    const value = params[name] as string | number | undefined | null;
    if (value === undefined || value === null || value === '')
      throw new TypeError(`Path parameter "${name}" of ${path} is missing.`);
    return encodeURIComponent(String(value));
  });
}

interface StandardValidator {
  readonly '~standard': {
    validate(value: unknown): { issues?: readonly { message: string }[] } | Promise<unknown>;
  };
}

async function validated(route: AnyRoute, status: number, data: unknown): Promise<unknown> {
  const schema = route.response as Partial<StandardValidator> | undefined;
  if (typeof schema?.['~standard']?.validate !== 'function') return data;
  const result = (await schema['~standard'].validate(data)) as {
    value?: unknown;
    issues?: readonly { message: string }[];
  };
  if (result.issues === undefined) return result.value;
  // The server answered off its own declaration: read as a gateway's failure would be.
  throw new ApiError('BAD_GATEWAY', {
    status: 502,
    message: `The answer of ${route.method} ${route.path} does not match its declared response: ${result.issues.map((i) => i.message).join('; ')}`,
    response: { status, fromContract: false },
  });
}

/** One handler per code a route may answer, each given the error narrowed to that code. */
export type RouteHandlers<R extends AnyRoute, Res> = {
  readonly [C in RouteErrorCode<R> & CodeOf<DefsOf<R>>]: (error: Received<ApiErrorOf<DefsOf<R>, C>>) => Res;
};

/**
 * `matchError` over exactly the codes a route may answer (`RouteErrorCode`): without `_`, leaving one
 * out is a type error, and so is a handler for a code the route cannot answer. At run time a code
 * the client does not know goes to its status's general code, which every route's set holds.
 * @example
 * matchRouteError(routes.getMonitor, err, { RESOURCE_NOT_FOUND: (e) => `No monitor ${e.details?.id ?? ''}.`, _: () => 'Try again.' });
 */
export function matchRouteError<R extends AnyRoute, Res>(
  route: R,
  error: unknown,
  handlers: RouteHandlers<R, Res>,
): Res;
export function matchRouteError<R extends AnyRoute, Res>(
  route: R,
  error: unknown,
  handlers: Partial<RouteHandlers<R, Res>> & { readonly _: (error: unknown) => Res },
): Res;
// Two signatures, not one union: TypeScript types each handler's argument only against one of them.
export function matchRouteError(_route: AnyRoute, error: unknown, handlers: object): unknown {
  return matchError(error, handlers as PartialHandlers<unknown>);
}
