// X-Request-Id on every answer of a Nest app with `requestId: true`, on Express and Fastify; one id per
// answer: an id the service's own middleware set is kept, and error answers echo it.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Controller, Get, Module, NotFoundException, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorContractModule, useErrorContract } from '../../src/adapters/nest/index.js';
import { UUID, idsOf } from '../request-ids.js';

@Controller()
class MonitorsController {
  @Get('ok') ok(): unknown {
    return { ok: true };
  }
  @Get('missing') missing(): never {
    throw new NotFoundException('Monitor 7 is gone.');
  }
}

type Platform = 'Express' | 'Fastify';
let app: INestApplication | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(platform: Platform, how: 'module' | 'useErrorContract', own?: string): Promise<string> {
  @Module({
    imports: how === 'module' ? [ErrorContractModule.forRoot({ requestId: true })] : [],
    controllers: [MonitorsController],
  })
  class AppModule {}
  app =
    platform === 'Fastify'
      ? await NestFactory.create(AppModule, new FastifyAdapter(), { logger: false })
      : await NestFactory.create(AppModule, { logger: false });
  if (how === 'useErrorContract') useErrorContract(app, { requestId: true });
  if (own !== undefined) {
    // The service's own id middleware, as Nest apps add one in main.ts.
    app.use((_req: unknown, res: { setHeader?: (n: string, v: string) => void; raw?: unknown }, next: () => void) => {
      const node = (res.raw ?? res) as { setHeader: (n: string, v: string) => void };
      node.setHeader('X-Request-Id', own);
      next();
    });
  }
  await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${String(((app.getHttpServer() as Server).address() as AddressInfo).port)}`;
}

describe.each(['Express', 'Fastify'] as const)('requestId: true on %s', (platform) => {
  it.each(['module', 'useErrorContract'] as const)(
    'through %s: echoes the id sent on a success, an exception and an unknown route, once each',
    async (how) => {
      const url = await start(platform, how);
      const sent = { 'x-request-id': 'req-42' };
      expect([
        await idsOf(`${url}/ok`, sent),
        await idsOf(`${url}/missing`, sent),
        await idsOf(`${url}/nowhere`, sent),
      ]).toEqual([
        [200, ['req-42']],
        [404, ['req-42']],
        [404, ['req-42']],
      ]);
    },
  );

  it('makes a new UUID for a request without one, the same on an error answer', async () => {
    const url = await start(platform, 'module');
    expect([await idsOf(`${url}/ok`), await idsOf(`${url}/missing`)]).toEqual([
      [200, [expect.stringMatching(UUID)]],
      [404, [expect.stringMatching(UUID)]],
    ]);
  });

  it("keeps the id the service's own middleware set: never two on one answer", async () => {
    const url = await start(platform, 'module', 'svc-7');
    expect([await idsOf(`${url}/ok`), await idsOf(`${url}/missing`, { 'x-request-id': 'req-42' })]).toEqual([
      [200, ['svc-7']],
      [404, ['svc-7']],
    ]);
  });
});
