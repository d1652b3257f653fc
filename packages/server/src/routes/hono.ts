// Binding a handler to its route declaration on Hono 4.
import type { AnyRoute } from '@monitorqa/errors';
import type { Env, Handler, Hono } from 'hono';
import { answerCheck, type RouteOptions } from './declared.js';

/**
 * Registers `handler` on the method and path its route declares (`app.on`), with `c.req.param()` typed
 * from the path, checking every error it throws against the codes the route may answer: an undeclared
 * one goes to `onUndeclaredError`, and in strict mode becomes a 500 (answered by `onError` as usual).
 * Hono has no error hook per route, so the check wraps the handler: one more async frame per request.
 * @example bindRoute(app, routes.getMonitor, async (c) => c.json(await monitors.find(c.req.param('id'))))
 */
export function bindRoute<E extends Env, R extends AnyRoute>(
  app: Hono<E>,
  route: R,
  handler: Handler<E, R['path']>,
  options?: RouteOptions,
): void {
  const check = answerCheck(route, options);
  app.on(route.method, route.path, async (c, next) => {
    try {
      // Whatever the handler answers (a `Response`, or nothing after `next`), as it answered it.
      return (await handler(c, next)) as Response | undefined;
    } catch (error) {
      throw check(error);
    }
  });
}
