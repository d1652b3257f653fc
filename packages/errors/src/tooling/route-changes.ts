import type { AnyErrorCatalog } from '../catalog.js';
import { routeCodes, type AnyRoute } from '../routes.js';

/** A declared route as released: its method, path, and each code it declares with the status it had. */
export interface RouteSnapshot {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly codes: Readonly<Record<string, number>>;
}

/** What changed of one route between two releases, after smithy-diff's evaluators. */
export interface RouteChange {
  /** `breaking` fails `check`; a `warning` is printed (a client must learn it); `safe` is noted. */
  readonly severity: 'breaking' | 'warning' | 'safe';
  readonly route: string;
  readonly message: string;
}

/**
 * The routes as released: each route's declared codes with their status in `catalog` (the universal
 * codes and the general codes every route answers are left out: they never change per route).
 * @example writeFileSync('routes.snapshot.json', JSON.stringify(routesSnapshotOf(catalog, routes), null, 2))
 */
export function routesSnapshotOf(
  catalog: AnyErrorCatalog,
  routes: Readonly<Record<string, AnyRoute>>,
): RouteSnapshot[] {
  return Object.values(routes).map((route) => {
    routeCodes(route); // refuses a malformed route
    const codes: Record<string, number> = {};
    for (const code of route.errors ?? []) if (catalog.has(code)) codes[code] = catalog.statusOf(code);
    return { name: route.name, method: route.method, path: route.path, codes };
  });
}

const keyOf = (route: RouteSnapshot): string => `${route.method} ${route.path}`;

/**
 * What changed between two releases' routes, route by route (a route is its method and path):
 * - a route removed: breaking (its clients' calls now answer 404 `ROUTE_NOT_FOUND`);
 * - a code removed from a route: breaking (an exhaustive `matchRouteError` of it stops compiling);
 * - a code's status changed, on any route that declares it: breaking;
 * - a code added to a route: a warning (an exhaustive match must handle it; until then an older client reads
 *   it as its status's general code);
 * - a route added, or renamed with its method and path kept: safe.
 * @example for (const change of compareRoutes(before, after)) if (change.severity === 'breaking') process.exitCode = 1;
 */
export function compareRoutes(before: readonly RouteSnapshot[], after: readonly RouteSnapshot[]): RouteChange[] {
  const changes: RouteChange[] = [];
  const next = new Map(after.map((route) => [keyOf(route), route]));
  const previous = new Map(before.map((route) => [keyOf(route), route]));
  for (const old of before) {
    const key = keyOf(old);
    const now = next.get(key);
    if (now === undefined) {
      changes.push({ severity: 'breaking', route: old.name, message: `${key} (${old.name}) was removed.` });
      continue;
    }
    if (now.name !== old.name)
      changes.push({
        severity: 'safe',
        route: now.name,
        message: `${key} was renamed from ${old.name} to ${now.name}.`,
      });
    for (const [code, status] of Object.entries(old.codes)) {
      const current = now.codes[code];
      if (current === undefined)
        changes.push({
          severity: 'breaking',
          route: now.name,
          message: `${key} (${now.name}) no longer declares ${code}.`,
        });
      else if (current !== status)
        changes.push({
          severity: 'breaking',
          route: now.name,
          message: `${code} changed status from ${String(status)} to ${String(current)} on ${key} (${now.name}).`,
        });
    }
    for (const [code, status] of Object.entries(now.codes))
      if (!(code in old.codes))
        changes.push({
          severity: 'warning',
          route: now.name,
          message: `${key} (${now.name}) now declares ${code} (${String(status)}): clients that match its errors exhaustively must handle it.`,
        });
  }
  for (const route of after)
    if (!previous.has(keyOf(route)))
      changes.push({ severity: 'safe', route: route.name, message: `${keyOf(route)} (${route.name}) was added.` });
  return changes;
}
