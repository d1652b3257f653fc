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
      method: 'GET',
      path: '/monitors/:id',
      errors: ['RESOURCE_NOT_FOUND'],
      name: 'getMonitor',
    });
    expect(Object.isFrozen(routes)).toBe(true);
    expect(Object.isFrozen(routes.getMonitor)).toBe(true);
    expect(JSON.parse(JSON.stringify(routes.createMonitor))).toEqual({
      method: 'POST',
      path: '/monitors',
      status: 201,
      errors: ['VALIDATION_FAILED'],
      name: 'createMonitor',
    });
  });

  it('checks nothing at run time: a browser bundle carries no checks (routeCodes does)', () => {
    const define = defineRoutes() as (routes: object) => Record<string, unknown>;
    expect(define({ x: { method: 'TRACE', path: '/x' } }).x).toEqual({ name: 'x', method: 'TRACE', path: '/x' });
  });
});

describe('routeCodes', () => {
  it('refuses what is not a route', () => {
    const codes = routeCodes as (route: object) => unknown;
    expect(() => codes({ name: 'x', method: 'TRACE', path: '/x' })).toThrow(
      new TypeError('route "x" has method TRACE; use one of GET, HEAD, POST, PUT, PATCH, DELETE.'),
    );
    expect(() => codes({ method: 'GET', path: 'x' })).toThrow(
      new TypeError('route "GET x" needs a path that starts with "/".'),
    );
    expect(() => codes({ name: 'x', method: 'GET', path: '/x', errors: 'NOT_FOUND' })).toThrow(
      new TypeError('route "x" declares its errors as an array of codes.'),
    );
    expect(() => codes({ name: 'x', method: 'GET', path: '/x', errors: ['nope'] })).toThrow(
      new TypeError('route "x" declares "nope", which is not an UPPER_SNAKE code.'),
    );
    expect(() => codes({ name: 'x', method: 'GET', path: '/x', status: 404 })).toThrow(
      new TypeError('route "x" has success status 404, which is not a documented 2xx.'),
    );
  });

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
