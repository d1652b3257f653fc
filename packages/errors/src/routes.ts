import type { ApiErrorOf, CodeDefinitions, CodeOf } from './catalog.js';
import { isCodeLike } from './code-form.js';
import type { BASE_CODES } from './codes.js';
import { generalCode, type GeneralCode } from './general.js';
import { ERROR_STATUS_LIST, isDocumentedStatus, type SuccessStatus } from './status.js';
import { UNIVERSAL_CODES, type UniversalCode } from './universal-codes.js';

/** The methods a route may be declared with. */
export type RouteMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** The methods whose requests carry a body: their routes may also answer the body reader's codes. */
type BodyMethod = 'POST' | 'PUT' | 'PATCH';

/**
 * A request or response shape: `shape<T>()` (the type alone) or a Standard Schema validator
 * (zod, valibot, arktype), whose types it declares and which a client may validate against.
 */
export type Shape = object;

/** One route as a service declares it: data only, no handler, no framework. */
export interface RouteDefinition<Code extends string = string> {
  readonly method: RouteMethod;
  /** Express-style: `/monitors/:id`. Every framework adapter and the client read this one syntax. */
  readonly path: `/${string}`;
  /** The codes this route answers beyond the universal ones and the general codes (`UNIVERSAL_CODES`). */
  readonly errors?: readonly Code[];
  /** The success status. Default 200 (204 when `response` is left out of a DELETE is up to the service: say it). */
  readonly status?: SuccessStatus;
  /** The query string's shape. */
  readonly query?: Shape;
  /** The JSON body's shape. */
  readonly body?: Shape;
  /** The success body's shape; a Standard Schema validates it on the client when the caller asks. */
  readonly response?: Shape;
}

/** A declared route: its definition, its name, and (in its type only) the catalog its codes come from. */
export type Route<
  Defs extends CodeDefinitions = CodeDefinitions,
  Name extends string = string,
  D extends RouteDefinition = RouteDefinition,
> = D & {
  readonly name: Name;
  /** Type only, never set: the catalog's definitions, for the error types of the route. */
  readonly '~codes'?: Defs;
};

/** Any declared route. */
export type AnyRoute = Route;

/** The routes `defineRoutes` returns, each with its name. */
export type Routes<Defs extends CodeDefinitions, T extends Readonly<Record<string, RouteDefinition>>> = {
  readonly [K in keyof T & string]: Route<Defs, K, T[K]>;
};

type DefsOf<R> = R extends { readonly '~codes'?: infer Defs } ? (Defs extends CodeDefinitions ? Defs : never) : never;
type DeclaredOf<R> = R extends { readonly errors: readonly (infer C extends string)[] } ? C : never;
type UniversalOf<R> = R extends { readonly method: infer M }
  ? {
      [C in UniversalCode]: (typeof UNIVERSAL_CODES)[C] extends 'body' ? (M extends BodyMethod ? C : never) : C;
    }[UniversalCode]
  : never;

/**
 * Every code a route may answer: the ones it declares, the universal ones (`UNIVERSAL_CODES`:
 * what the contract's own machinery answers on any route), and every status's general code (a
 * gateway's answer, and a code added later, read by an older client as its status's general code).
 */
export type RouteErrorCode<R extends AnyRoute> = DeclaredOf<R> | UniversalOf<R> | GeneralCode;

/** The `ApiError` a route may answer, discriminated by `code`, each with its catalog's `details`. */
export type RouteError<R extends AnyRoute> = ApiErrorOf<DefsOf<R>, RouteErrorCode<R> & CodeOf<DefsOf<R>>>;

/** The parameters a path names: `'/monitors/:id'` → `{ id: string | number }`. */
export type PathParams<P extends string> = string extends P
  ? Readonly<Record<string, string | number>>
  : { readonly [K in ParamNames<P>]: string | number };
type ParamNames<P extends string> = P extends `${string}:${infer Rest}`
  ? Rest extends `${infer Name}/${infer Tail}`
    ? Name | ParamNames<`/${Tail}`>
    : Rest
  : never;

/** The type a shape declares: a Standard Schema's input or output, or `shape<T>()`'s `T`. */
export type ShapeType<S, Side extends 'input' | 'output' = 'output'> = S extends {
  readonly '~standard': { readonly types?: infer Types };
}
  ? Types extends { readonly input: infer I; readonly output: infer O }
    ? Side extends 'input'
      ? I
      : O
    : unknown
  : S extends ShapeMarker<infer T>
    ? T
    : unknown;

declare const SHAPE: unique symbol;
/** What `shape<T>()` returns, for the type system: `T` carried by a marker. */
export interface ShapeMarker<T> {
  readonly [SHAPE]?: T;
}

const MARKER: object = /* @__PURE__ */ Object.freeze({});

/**
 * Declares a request or response shape by its type alone (nothing is validated at run time).
 * @example const routes = defineRoutes()({ listMonitors: { method: 'GET', path: '/monitors', response: shape<Monitor[]>() } })
 */
/* @__NO_SIDE_EFFECTS__ */
export function shape<T>(): ShapeMarker<T> {
  return MARKER;
}

/** What `defineRoutes` needs of a catalog's type: its definitions. */
interface CatalogType {
  readonly definitions: CodeDefinitions;
}

/**
 * Declares a service's routes once, beside its catalog: method, path, and the codes each route
 * answers beyond the universal ones. Data only, importable by server and client alike. The catalog
 * is given as a type (`typeof catalog`), never as a value, so a client bundle that imports the
 * routes pulls in none of the catalog's messages. The types check a declaration here; at run time
 * every reader of a route (`routeCodes`: the server's binding, the OpenAPI writer, the kit) refuses
 * a malformed one, so a browser bundle carries no checks.
 * @example
 * export const routes = defineRoutes<typeof catalog>()({
 *   getMonitor: { method: 'GET', path: '/monitors/:id', errors: ['RESOURCE_NOT_FOUND'], response: shape<Monitor>() },
 * });
 */
export function defineRoutes<C extends CatalogType = { readonly definitions: typeof BASE_CODES }>(): <
  const T extends Readonly<Record<string, RouteDefinition<CodeOf<C['definitions']>>>>,
>(
  routes: T,
) => Routes<C['definitions'], T> {
  return (routes) => {
    const out: Record<string, unknown> = {};
    for (const name in routes) out[name] = Object.freeze({ ...routes[name], name });
    return Object.freeze(out) as never;
  };
}

const METHODS: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

function check(route: Pick<AnyRoute, 'method' | 'path' | 'errors' | 'status'> & { readonly name?: string }): void {
  const where = `route "${route.name ?? `${route.method} ${route.path}`}"`;
  if (!METHODS.includes(route.method))
    throw new TypeError(`${where} has method ${route.method}; use one of ${METHODS.join(', ')}.`);
  if (typeof route.path !== 'string' || !route.path.startsWith('/'))
    throw new TypeError(`${where} needs a path that starts with "/".`);
  if (route.errors !== undefined && !Array.isArray(route.errors))
    throw new TypeError(`${where} declares its errors as an array of codes.`);
  for (const code of route.errors ?? [])
    if (!isCodeLike(code))
      throw new TypeError(`${where} declares "${String(code)}", which is not an UPPER_SNAKE code.`);
  if (route.status !== undefined && !(isDocumentedStatus(route.status) && route.status < 300))
    throw new TypeError(`${where} has success status ${String(route.status)}, which is not a documented 2xx.`);
}

/**
 * Every code a route may answer, as `RouteErrorCode` types it: declared, universal (the body
 * reader's only for POST, PUT and PATCH) and every status's general code. For servers that check
 * answers and tools that document them; a client needs none of it. Throws a `TypeError` on a
 * malformed route (a method, path, code or success status the contract does not know).
 * @example routeCodes(routes.getMonitor).includes('RESOURCE_NOT_FOUND') // true
 */
export function routeCodes(
  route: Pick<AnyRoute, 'method' | 'path' | 'errors' | 'status'> & { readonly name?: string },
): readonly string[] {
  check(route);
  const body = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
  const universal = (Object.keys(UNIVERSAL_CODES) as UniversalCode[]).filter(
    (code) => body || UNIVERSAL_CODES[code] === 'any',
  );
  return [...new Set([...(route.errors ?? []), ...universal, ...ERROR_STATUS_LIST.map((s) => generalCode(s))])];
}
