// The demo API's routes as it declares them (`defineRoutes`): what each answers beyond the codes every route
// may answer. Data only: the server binds its handlers to them, the client calls through them, the OpenAPI
// document is written from them.
import { defineRoutes, shape } from '@monitorqa/errors';
import { MonitorInput, type Monitor } from './monitor.js';

// Every monitors route is behind a key with a permission, and answers MAINTENANCE while it is on.
const guarded = ['INSUFFICIENT_PERMISSIONS', 'MAINTENANCE'] as const;

export const routes = defineRoutes()({
  listMonitors: { method: 'GET', path: '/monitors', errors: guarded, response: shape<{ monitors: Monitor[] }>() },
  createMonitor: {
    method: 'POST',
    path: '/monitors',
    status: 201,
    errors: [...guarded, 'VALIDATION_FAILED', 'RESOURCE_ALREADY_EXISTS'],
    body: MonitorInput,
    response: shape<Monitor>(),
  },
  getMonitor: {
    method: 'GET',
    path: '/monitors/:id',
    errors: [...guarded, 'RESOURCE_NOT_FOUND'],
    response: shape<Monitor>(),
  },
  replaceMonitor: {
    method: 'PUT',
    path: '/monitors/:id',
    errors: [...guarded, 'RESOURCE_NOT_FOUND', 'VALIDATION_FAILED', 'RESOURCE_ALREADY_EXISTS'],
    body: MonitorInput,
    response: shape<Monitor>(),
  },
  deleteMonitor: { method: 'DELETE', path: '/monitors/:id', status: 204, errors: [...guarded, 'RESOURCE_NOT_FOUND'] },
  checkMonitor: {
    method: 'POST',
    path: '/monitors/:id/check',
    errors: [...guarded, 'RESOURCE_NOT_FOUND', 'UPSTREAM_FAILED'],
  },
  setMaintenance: {
    method: 'PUT',
    path: '/admin/maintenance',
    errors: ['INSUFFICIENT_PERMISSIONS'],
    body: shape<{ on: boolean }>(),
    response: shape<{ maintenance: boolean }>(),
  },
});
