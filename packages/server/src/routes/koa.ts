// Binding a handler to its route declaration on Koa 2 and 3, with a router of the `@koa/router` kind.
import type { AnyRoute, PathParams } from '@monitorqa/errors';
import type { Middleware, ParameterizedContext } from 'koa';
import { answerCheck, type RouteOptions } from './declared.js';

type Method = 'get' | 'head' | 'post' | 'put' | 'patch' | 'delete';
/** What `bindRoute` needs of a router (`@koa/router`): a method per HTTP method taking a path and middleware. */
type KoaRouter = { readonly [M in Method]: (path: string, middleware: Middleware) => unknown };

/** A Koa middleware typed from its route: `ctx.params` from the path. */
export type DeclaredMiddleware<R extends AnyRoute> = (
  ctx: ParameterizedContext & { params: { [K in keyof PathParams<R['path']>]: string } },
  next: () => Promise<unknown>,
) => unknown;

/**
 * Mounts `handler` on the router's method and path its route declares, checking every error it throws
 * against the codes the route may answer: an undeclared one goes to `onUndeclaredError`, and in strict
 * mode becomes a 500 (answered by `errorMiddleware()` as usual). Koa has no error hook per route, so the
 * check wraps the handler: one more async frame per request.
 * @example bindRoute(router, routes.getMonitor, async (ctx) => { ctx.body = await monitors.find(ctx.params.id) })
 */
export function bindRoute<R extends AnyRoute>(
  router: KoaRouter,
  route: R,
  handler: DeclaredMiddleware<R>,
  options?: RouteOptions,
): void {
  const check = answerCheck(route, options);
  router[route.method.toLowerCase() as Method](route.path, async (ctx, next) => {
    try {
      await handler(ctx as never, next);
    } catch (error) {
      throw check(error);
    }
  });
}
