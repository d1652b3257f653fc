// Binding a web-standard handler (`Request` → `Response`: Next.js route handlers, Bun, Deno, workers) to its
// route declaration. The framework routes by file or by its own router: the declaration says what the route answers.
import type { AnyRoute } from '@monitorqa/errors';
import type { ErrorHooks } from '../core/answer.js';
import { isFrameworkControlFlow } from '../core/control-flow.js';
import { withErrors } from '../adapters/web.js';
import { answerCheck, type RouteOptions } from './declared.js';

/**
 * `withErrors` for a handler bound to its route declaration: whatever it throws becomes the documented
 * answer, and a code its route does not declare goes to `onUndeclaredError` (in strict mode, the
 * contract's 500 with an `UndeclaredError` for `onServerError`). A framework's own control flow (Next's
 * `notFound()`, `redirect()`) is rethrown untouched.
 * @example export const GET = withRoute(routes.getMonitor, async (request, { params }) => toWebResponse(ok(await find((await params).id))))
 */
export function withRoute<R extends Request, A extends unknown[]>(
  route: AnyRoute,
  handler: (request: R, ...rest: A) => Response | Promise<Response>,
  options: ErrorHooks & RouteOptions = {},
): (request: R, ...rest: A) => Promise<Response> {
  const check = answerCheck(route, options);
  // `withErrors` answers; the declaration's check sees each error on its way there.
  return withErrors(async (request: R, ...rest: A) => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      if (isFrameworkControlFlow(error)) throw error;
      throw check(error);
    }
  }, options);
}
