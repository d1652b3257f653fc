import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_CODES, parseEnvelope } from '@monitorqa/errors';
import { ErrorContractModule, frameworkErrors, useErrorContract } from '../../src/adapters/nest/index.js';
import { MonitorsModule, SECRET, WebhooksModule } from './app.js';

type Platform = 'Express' | 'Fastify';
type Install = 'useErrorContract(app)' | 'ErrorContractModule.forRoot()';

async function start(
  platform: Platform,
  install: Install,
  logged: unknown[],
): Promise<{ app: INestApplication; url: string }> {
  const onServerError = (error: unknown): void => {
    logged.push(error);
  };
  @Module({
    imports:
      install === 'useErrorContract(app)'
        ? [MonitorsModule]
        : [MonitorsModule, ErrorContractModule.forRoot({ onServerError })],
  })
  class AppModule {}
  const app =
    platform === 'Fastify'
      ? await NestFactory.create(AppModule, new FastifyAdapter({ frameworkErrors }), { logger: false })
      : await NestFactory.create(AppModule, { logger: false });
  if (install === 'useErrorContract(app)') useErrorContract(app, { onServerError });
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

const JSON_TYPE = 'application/json; charset=utf-8';

for (const platform of ['Express', 'Fastify'] as const) {
  for (const install of ['useErrorContract(app)', 'ErrorContractModule.forRoot()'] as const) {
    describe(`NestJS 11 on ${platform}, installed with ${install}`, () => {
      let app: INestApplication;
      let url: string;
      const logged: unknown[] = [];
      beforeAll(async () => {
        ({ app, url } = await start(platform, install, logged));
      });
      afterAll(() => app.close());

      async function expectError(res: Response, status: number, error: object): Promise<void> {
        const text = await res.text();
        expect({
          status: res.status,
          type: res.headers.get('content-type'),
          body: JSON.parse(text) as unknown,
        }).toEqual({ status, type: JSON_TYPE, body: { error } });
        expect(parseEnvelope(JSON.parse(text)).ok).toBe(true);
        expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
        expect(text).not.toContain(SECRET);
      }
      const get = (path: string, init?: RequestInit): Promise<Response> => fetch(url + path, init);
      const post = (path: string, body: unknown): Promise<Response> =>
        fetch(url + path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });

      describe('200, 201, 204', () => {
        it('sends created() through send(res, …) with its Location', async () => {
          const res = await post('/monitors', { name: 'api', interval: 60 });
          expect([res.status, res.headers.get('location'), await res.json()]).toEqual([
            201,
            '/monitors/m1',
            { id: 'm1', name: 'api', interval: 60 },
          ]);
        });
        it("keeps Nest's way: a returned value with @HttpCode(201)", async () => {
          const res = await post('/monitors/nest-way', { name: 'api', interval: 60 });
          expect([res.status, await res.json()]).toEqual([201, { name: 'api', interval: 60 }]);
        });
        it('sends @HttpCode(204) with no body and no content type', async () => {
          const res = await get('/monitors/m1', { method: 'DELETE' });
          expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([204, null, '']);
        });
        it('transforms and validates a query with ContractValidationPipe', async () => {
          const res = await get('/monitors?limit=5');
          expect([res.status, await res.json()]).toEqual([200, { limit: 5 }]);
        });
      });

      describe('400', () => {
        it('answers an invalid query parameter with INVALID_PARAMETER', async () => {
          await expectError(await get('/monitors?limit=500'), 400, {
            message: 'A parameter has an invalid value.',
            code: 'INVALID_PARAMETER',
            details: { parameter: 'limit', reason: 'limit must not be greater than 100' },
          });
        });
        it('answers a POST without a body with BAD_REQUEST', async () => {
          await expectError(await get('/monitors', { method: 'POST' }), 400, {
            message: 'The request has no body.',
            code: 'BAD_REQUEST',
          });
        });
        it('answers malformed JSON with MALFORMED_JSON', async () => {
          const res = await get('/monitors', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"name":',
          });
          await expectError(res, 400, { message: 'The request body is not valid JSON.', code: 'MALFORMED_JSON' });
        });
      });

      describe('401, 403', () => {
        it('answers UnauthorizedException with UNAUTHORIZED', async () => {
          await expectError(await get('/monitors/nest/unauthorized'), 401, {
            message: 'Authentication is required.',
            code: 'UNAUTHORIZED',
          });
        });
        it('answers ForbiddenException with FORBIDDEN', async () => {
          await expectError(await get('/monitors/nest/forbidden'), 403, {
            message: BASE_CODES.FORBIDDEN.message,
            code: 'FORBIDDEN',
          });
        });
      });

      describe('404', () => {
        it("answers NotFoundException with NOT_FOUND and the developer's message", async () => {
          await expectError(await get('/monitors/nest/not-found'), 404, {
            message: 'Monitor 7 is gone.',
            code: 'NOT_FOUND',
          });
        });
        it("answers a bare NotFoundException with the catalog's message, not Nest's reason phrase", async () => {
          await expectError(await get('/monitors/nest/not-found-default'), 404, {
            message: 'The requested resource was not found.',
            code: 'NOT_FOUND',
          });
        });
        it('keeps an ApiError as it is', async () => {
          await expectError(await get('/monitors/ours/42'), 404, {
            message: BASE_CODES.RESOURCE_NOT_FOUND.message,
            code: 'RESOURCE_NOT_FOUND',
            details: { resource: 'monitor', id: '42' },
          });
        });
        it('keeps the code and details of an HttpException whose body is the envelope', async () => {
          await expectError(await get('/monitors/nest/envelope'), 404, {
            message: 'No monitor 9.',
            code: 'RESOURCE_NOT_FOUND',
            details: { resource: 'monitor', id: '9' },
          });
        });
        it('answers an unknown route with ROUTE_NOT_FOUND, the path as sent', async () => {
          await expectError(await get('/nowhere/%7Eme?x=1'), 404, {
            message: BASE_CODES.ROUTE_NOT_FOUND.message,
            code: 'ROUTE_NOT_FOUND',
            details: { method: 'GET', path: '/nowhere/%7Eme' },
          });
        });
      });

      describe('409', () => {
        it('answers ConflictException with CONFLICT', async () => {
          await expectError(await get('/monitors/nest/conflict'), 409, {
            message: 'That name is taken.',
            code: 'CONFLICT',
          });
        });
      });

      describe('422', () => {
        it('answers an invalid DTO with VALIDATION_FAILED, every failing field, nested ones by path', async () => {
          await expectError(await post('/monitors', { name: '', interval: 10.5, address: { city: 'x' } }), 422, {
            message: 'Validation failed.',
            code: 'VALIDATION_FAILED',
            details: {
              name: ['name must be longer than or equal to 1 characters'],
              interval: ['interval must not be less than 30', 'interval must be an integer number'],
              'address.city': ['city must be longer than or equal to 2 characters'],
            },
          });
        });
        it("keeps Nest's own ValidationPipe's 400 and its sentences, under (root)", async () => {
          await expectError(await post('/monitors/nest-pipe', { name: 'api' }), 400, {
            message: 'The request is invalid.',
            code: 'BAD_REQUEST',
            details: {
              '(root)': ['interval must not be less than 30', 'interval must be an integer number'],
            },
          });
        });
      });

      describe('500', () => {
        it('answers a crash with the generic envelope and hands the original to onServerError', async () => {
          logged.length = 0;
          await expectError(await get('/monitors/crash'), 500, {
            message: 'An unexpected error occurred.',
            code: 'INTERNAL_SERVER_ERROR',
          });
          expect((logged[0] as Error).message).toContain(SECRET);
        });
        it("never sends an InternalServerErrorException's message", async () => {
          await expectError(await get('/monitors/nest/internal'), 500, {
            message: 'An unexpected error occurred.',
            code: 'INTERNAL_SERVER_ERROR',
          });
        });
      });

      describe('503', () => {
        it('reads an undocumented 429 onto the documented status, and ServiceUnavailableException onto 503', async () => {
          const tooMany = await get('/monitors/nest/too-many');
          const unavailable = await get('/monitors/nest/unavailable');
          const [a, b] = [
            (await tooMany.json()) as { error: { code: string } },
            (await unavailable.json()) as { error: { code: string; message: string } },
          ];
          expect([tooMany.status, a.error.code, unavailable.status, b.error.code]).toEqual([
            503,
            'OVERLOADED',
            503,
            'SERVICE_UNAVAILABLE',
          ]);
          expect(b.error.message).not.toContain(SECRET);
        });
      });

      describe('undocumented statuses', () => {
        it('answers MethodNotAllowedException (405) as the contract reads a 405: 404 NOT_FOUND', async () => {
          const res = await get('/monitors/nest/method');
          const body = (await res.json()) as { error: { code: string } };
          expect([res.status, body.error.code]).toEqual([404, 'NOT_FOUND']);
        });
      });

      describe('problem+json', () => {
        it('answers with RFC 9457 when Accept prefers it', async () => {
          const res = await get('/monitors/nest/not-found', { headers: { accept: 'application/problem+json' } });
          expect([res.status, res.headers.get('content-type')]).toEqual([
            404,
            'application/problem+json; charset=utf-8',
          ]);
          expect(await res.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: 'Monitor 7 is gone.' });
        });
      });
    });
  }
}

describe.each(['Express', 'Fastify'] as const)('NestJS 11 on %s with rawBody: true', (platform) => {
  it("keeps the body's exact bytes on req.rawBody beside the parsed body, and still refuses what the contract refuses", async () => {
    const app =
      platform === 'Fastify'
        ? await NestFactory.create(WebhooksModule, new FastifyAdapter(), { logger: false })
        : await NestFactory.create(WebhooksModule, { logger: false });
    useErrorContract(app, { rawBody: true });
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${String(((app.getHttpServer() as Server).address() as AddressInfo).port)}/webhooks`;
    try {
      const sent = '{ "event": "paid",  "id": 7 }';
      const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: sent });
      expect([ok.status, await ok.json()]).toEqual([201, { raw: sent, body: { event: 'paid', id: 7 } }]);
      const refused = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: sent });
      expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code]).toEqual([
        400,
        'UNSUPPORTED_CONTENT_TYPE',
      ]);
    } finally {
      await app.close();
    }
  });
});
