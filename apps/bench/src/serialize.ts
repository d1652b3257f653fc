// Error serialisation: the work an error handler does per failing request, in-process.
import Boom from '@hapi/boom';
import { apiError } from '@monitorqa/errors';
import { toErrorResponse } from '@monitorqa/errors-server';
import createError from 'http-errors';
import { compare, nsPerOp, report, rounds } from './measure.js';

const N = 100_000;
const details = { resource: 'monitor', id: '42' };

export async function benchSerialize(): Promise<void> {
  const notFound = await rounds(
    {
      'hand-built envelope (baseline)': () =>
        nsPerOp(() => JSON.stringify({ error: { message: 'No monitor 42.', code: 'RESOURCE_NOT_FOUND', details } }), N),
      '@monitorqa apiError + toErrorResponse': () =>
        nsPerOp(() => toErrorResponse(apiError('RESOURCE_NOT_FOUND', { message: 'No monitor 42.', details })).body, N),
      'http-errors + envelope': () =>
        nsPerOp(() => {
          const e = createError(404, 'No monitor 42.');
          return JSON.stringify({ error: { message: e.message, code: 'RESOURCE_NOT_FOUND', details } });
        }, N),
      '@hapi/boom output': () =>
        nsPerOp(() => JSON.stringify(Boom.notFound('No monitor 42.', details).output.payload), N),
    },
    7,
  );
  report(
    'serialize-404',
    'Serialising a 404 with details (ns/op; ratio = baseline time / variant time, higher is better)',
    compare(notFound, 'hand-built envelope (baseline)', 'ns', false),
  );

  const unknown = await rounds(
    {
      'hand-built generic envelope (baseline)': () =>
        nsPerOp(() => {
          const thrown = new Error('db down');
          return [
            thrown,
            JSON.stringify({ error: { message: 'An unexpected error occurred.', code: 'INTERNAL_SERVER_ERROR' } }),
          ];
        }, N),
      '@monitorqa toErrorResponse': () => nsPerOp(() => toErrorResponse(new Error('db down')).body, N),
      'http-errors createError(500)': () =>
        nsPerOp(() => {
          const e = createError(500, new Error('db down'));
          return JSON.stringify({
            error: { message: 'An unexpected error occurred.', code: 'INTERNAL_SERVER_ERROR', status: e.status },
          });
        }, N),
      '@hapi/boom boomify': () => nsPerOp(() => JSON.stringify(Boom.boomify(new Error('db down')).output.payload), N),
    },
    7,
  );
  report(
    'serialize-500',
    'Serialising an unknown thrown value, the 500 path (ns/op; higher ratio is better)',
    compare(unknown, 'hand-built generic envelope (baseline)', 'ns', false),
  );
}
