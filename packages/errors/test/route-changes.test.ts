import { describe, expect, it } from 'vitest';
import { defineErrorCatalog, defineRoutes } from '../src/index.js';
import { compareRoutes, routesSnapshotOf } from '../src/tooling.js';

const v1 = defineErrorCatalog({ MONITOR_LIMIT_REACHED: { status: 409, message: 'The monitor limit is reached.' } });
const v2 = defineErrorCatalog({
  MONITOR_LIMIT_REACHED: { status: 422, message: 'The monitor limit is reached.' },
  MONITOR_PAUSED: { status: 409, message: 'The monitor is paused.' },
});

const before = routesSnapshotOf(
  v1,
  defineRoutes<typeof v1>()({
    getMonitor: { method: 'GET', path: '/monitors/:id', errors: ['RESOURCE_NOT_FOUND'] },
    createMonitor: { method: 'POST', path: '/monitors', errors: ['MONITOR_LIMIT_REACHED', 'VALIDATION_FAILED'] },
    listMonitors: { method: 'GET', path: '/monitors' },
    runCheck: { method: 'POST', path: '/monitors/:id/check', errors: ['UPSTREAM_FAILED'] },
  }),
);

describe('routesSnapshotOf', () => {
  it('records each route’s declared codes with their status', () => {
    expect(before[1]).toEqual({
      name: 'createMonitor',
      method: 'POST',
      path: '/monitors',
      codes: { MONITOR_LIMIT_REACHED: 409, VALIDATION_FAILED: 422 },
    });
  });
});

describe('compareRoutes', () => {
  it('finds nothing between a release and itself', () => {
    expect(compareRoutes(before, before)).toEqual([]);
  });

  it('says what changed, route by route, each with its severity', () => {
    const after = routesSnapshotOf(
      v2,
      defineRoutes<typeof v2>()({
        fetchMonitor: { method: 'GET', path: '/monitors/:id', errors: ['RESOURCE_NOT_FOUND', 'MONITOR_PAUSED'] },
        createMonitor: { method: 'POST', path: '/monitors', errors: ['MONITOR_LIMIT_REACHED'] },
        listMonitors: { method: 'GET', path: '/monitors' },
        deleteMonitor: { method: 'DELETE', path: '/monitors/:id', errors: ['RESOURCE_NOT_FOUND'] },
      }),
    );
    expect(compareRoutes(before, after)).toEqual([
      {
        severity: 'safe',
        route: 'fetchMonitor',
        message: 'GET /monitors/:id was renamed from getMonitor to fetchMonitor.',
      },
      {
        severity: 'warning',
        route: 'fetchMonitor',
        message:
          'GET /monitors/:id (fetchMonitor) now declares MONITOR_PAUSED (409): clients that match its errors exhaustively must handle it.',
      },
      {
        severity: 'breaking',
        route: 'createMonitor',
        message: 'MONITOR_LIMIT_REACHED changed status from 409 to 422 on POST /monitors (createMonitor).',
      },
      {
        severity: 'breaking',
        route: 'createMonitor',
        message: 'POST /monitors (createMonitor) no longer declares VALIDATION_FAILED.',
      },
      { severity: 'breaking', route: 'runCheck', message: 'POST /monitors/:id/check (runCheck) was removed.' },
      { severity: 'safe', route: 'deleteMonitor', message: 'DELETE /monitors/:id (deleteMonitor) was added.' },
    ]);
  });
});
