// A Next.js App Router route handler, as a service writes one, wrapped in withErrors.
import { apiError } from '@monitorqa/errors';
import { notFound, redirect } from 'next/navigation';
import { created, ok } from '../../../../../dist/index.js';
import { readJson, toWebResponse, withErrors } from '../../../../../dist/web.js';

export const GET = withErrors(async (request, { params }) => {
  const { id } = await params;
  if (id === 'gone') notFound();
  if (id === 'moved') redirect('/monitors/m2');
  if (id === 'crash') throw new Error('connect ECONNREFUSED postgres://admin:hunter2@db');
  if (id === 'missing') throw apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id } });
  return toWebResponse(ok({ id, path: request.nextUrl.pathname }));
});

export const POST = withErrors(async (request, { params }) => {
  const { id } = await params;
  const body = await readJson(request);
  return toWebResponse(created({ id, body }, { location: `/monitors/${id}` }));
});
