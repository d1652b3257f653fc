// MSW handlers answering with the contract's errors: `@monitorqa/errors-testkit/msw` (msw is an optional peer).
import { http, type HttpHandler } from 'msw';
import { mockError, type MockErrorInit } from './mocks/mock-error.js';

/** The header (or `mockError` query parameter) that asks `errorScenarios()` for an error. */
const MOCK_ERROR_HEADER = 'x-mock-error';

/**
 * One handler that answers any route with any catalog error a request asks for, by the
 * `X-Mock-Error: CODE` header or a `?mockError=CODE` query parameter; other requests pass on to
 * the next handler. Every branch of a client's `matchError` can be tested without a server.
 * @example const server = setupServer(errorScenarios({ catalog }), ...handlers)
 */
export function errorScenarios(init: Omit<MockErrorInit, 'details' | 'message'> = {}): HttpHandler {
  return http.all('*', ({ request }) => {
    const code = request.headers.get(MOCK_ERROR_HEADER) ?? new URL(request.url).searchParams.get('mockError');
    // Nothing returned: MSW tries the next handler.
    return code === null ? undefined : mockError(code, init);
  });
}

/**
 * A handler answering one method and path with one catalog error.
 * @example server.use(errorOn('get', '/api/monitors/:id', 'RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '42' } }))
 */
export function errorOn(
  method: 'get' | 'post' | 'put' | 'patch' | 'delete' | 'all',
  path: string,
  code: string,
  init: MockErrorInit = {},
): HttpHandler {
  return http[method](path, () => mockError(code, init));
}

// Handlers per declared route (`defineRoutes`), typed by the codes each route may answer.
export { routeMocks, type RouteErrorInit, type RouteMock, type RouteMocks } from './mocks/route-mocks.js';
