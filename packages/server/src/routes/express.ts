// Binding a handler to its route declaration on Express 4 and 5.
import type { AnyRoute, PathParams, ShapeType } from '@monitorqa/errors';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { answerCheck, type RouteOptions } from './declared.js';

type Method = 'get' | 'head' | 'post' | 'put' | 'patch' | 'delete';
/** What `bindRoute` needs of an Express app or router. */
type Routable = {
  readonly [M in Method]: (path: string, ...handlers: (RequestHandler | ErrorRequestHandler)[]) => unknown;
};

/** An Express handler typed from its route: `req.params` from the path, `req.body` and `req.query` as declared. */
export type DeclaredHandler<R extends AnyRoute> = RequestHandler<
  { [K in keyof PathParams<R['path']>]: string },
  R extends { readonly response: infer S } ? ShapeType<S> : unknown,
  R extends { readonly body: infer B } ? ShapeType<B> : unknown,
  R extends { readonly query: infer Q } ? ShapeType<Q> : Record<string, unknown>
>;

/**
 * Mounts `handler` on the method and path its route declares, checking every error it throws or passes
 * to `next` against the codes the route may answer: an undeclared one goes to `onUndeclaredError`, and
 * in strict mode becomes a 500. The check is an error middleware of the route: a request that succeeds
 * costs nothing more. Mount `errorHandler()` as usual; on Express 4 an `async` handler still passes its
 * rejection on (`.catch(next)`).
 * @example
 * bindRoute(app, routes.getMonitor, async (req, res) => {
 *   res.json(await monitors.find(req.params.id)); // throws RESOURCE_NOT_FOUND: declared
 * }, { onUndeclaredError: (err, info) => log.warn(info), strict: process.env.NODE_ENV === 'test' });
 */
export function bindRoute<R extends AnyRoute>(
  app: Routable,
  route: R,
  handler: DeclaredHandler<R>,
  options?: RouteOptions,
): void {
  const check = answerCheck(route, options);
  const checked: ErrorRequestHandler = (error: unknown, _req, _res, next) => {
    next(check(error));
  };
  app[route.method.toLowerCase() as Method](route.path, handler as RequestHandler, checked);
}
