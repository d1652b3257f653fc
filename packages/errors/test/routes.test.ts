import { describe, expect, it } from 'vitest';
import {
  ERROR_STATUS_LIST,
  UNIVERSAL_CODES,
  defineRoutes,
  errorCatalog,
  generalCode,
  routeCodes,
} from '../src/index.js';

const routes = defineRoutes()({
  getMonitor: { method: 'GET', path: '/monitors/:id', errors: ['RESOURCE_NOT_FOUND'] },
  createMonitor: { method: 'POST', path: '/monitors', status: 201, errors: ['VALIDATION_FAILED'] },
});

describe('defineRoutes', () => {
  it('returns the declarations as frozen data, each with its name', () => {
    expect(routes.getMonitor).toEqual({
      name: 'getMonitor',
      method: 'GET',
      path: '/monitors/:id',
      errors: ['RESOURCE_NOT_FOUND'],
    });
    expect(Object.isFrozen(routes)).toBe(true);
    expect(Object.isFrozen(routes.getMonitor)).toBe(true);
    expect(JSON.parse(JSON.stringify(routes.createMonitor))).toEqual({
      name: 'createMonitor',
      method: 'POST',
      path: '/monitors',
      status: 201,
      errors: ['VALIDATION_FAILED'],
    });
  });

  it('refuses what is not a route', () => {
    const define = defineRoutes() as (routes: object) => unknown;
    expect(() => define({ x: { method: 'TRACE', path: '/x' } })).toThrow(
      'defineRoutes: route "x" has method TRACE; use one of GET, HEAD, POST, PUT, PATCH, DELETE.',
    );
    expect(() => define({ x: { method: 'GET', path: 'x' } })).toThrow(
      'defineRoutes: route "x" needs a path that starts with "/".',
    );
    expect(() => define({ x: { method: 'GET', path: '/x', errors: ['nope'] } })).toThrow(
      'defineRoutes: route "x" declares "nope", which is not an UPPER_SNAKE code.',
    );
    expect(() => define({ x: { method: 'GET', path: '/x', status: 404 } })).toThrow(
      'defineRoutes: route "x" has success status 404, which is not a documented 2xx.',
    );
  });
});

describe('routeCodes', () => {
  const general = ERROR_STATUS_LIST.map((s) => generalCode(s));

  it('a GET: declared, universal without the body reader’s, every general code', () => {
    expect(routeCodes(routes.getMonitor)).toEqual([
      'RESOURCE_NOT_FOUND',
      'MALFORMED_REQUEST',
      'ROUTE_NOT_FOUND',
      'MISSING_API_KEY',
      'INVALID_API_KEY',
      'OVERLOADED',
      ...general,
    ]);
  });

  it('a POST: the body reader’s codes too', () => {
    expect(routeCodes(routes.createMonitor)).toEqual([
      'VALIDATION_FAILED',
      ...Object.keys(UNIVERSAL_CODES),
      ...general,
    ]);
  });

  it('every universal code is a base code', () => {
    for (const code of Object.keys(UNIVERSAL_CODES)) expect(errorCatalog.has(code)).toBe(true);
  });
});
