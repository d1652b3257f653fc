import { describe, expect, it } from 'vitest';
import { bundleSize } from '../scripts/size.js';

// What `pnpm size` measures, then the same app calling declared routes through `/routes`.
const base =
  "export { createClient, matchError, isTransportError } from '@monitorqa/errors-client'; export { isApiError } from '@monitorqa/errors';";
const routes = (n: number) =>
  `${base} import { defineRoutes } from '@monitorqa/errors'; export { createRouteClient, matchRouteError } from '@monitorqa/errors-client/routes';` +
  ` export const routes = defineRoutes()({ ${Array.from({ length: n }, (_, i) => `r${String(i)}: { method: 'GET', path: '/monitors/:id/r${String(i)}', errors: ['RESOURCE_NOT_FOUND'] }`).join(', ')} });`;

describe('bundle size of declared routes', () => {
  it('an app that declares no routes pays nothing: the `/routes` subpath is its own entry', async () => {
    const { gzipped } = await bundleSize(base);
    const withRoutes = await bundleSize(routes(1));
    // Measured when /routes landed: 3,620 B without, 4,079 B with one route (call, matchRouteError, defineRoutes).
    expect(withRoutes.gzipped - gzipped).toBeLessThanOrEqual(480);
  });

  it('each further route costs its declaration only', async () => {
    const one = await bundleSize(routes(1));
    const eleven = await bundleSize(routes(11));
    // About 90 B minified per route (method, path, codes), some 10 B gzipped.
    expect((eleven.gzipped - one.gzipped) / 10).toBeLessThanOrEqual(20);
  });
});
