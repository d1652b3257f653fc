import { Controller, Delete, Get, Module, Post, Put, Req, Res, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { EXPOSED_HEADERS } from '@monitorqa/errors-server';
import { frameworkErrors, send, useErrorContract } from '@monitorqa/errors-server/nest';
import type { Server } from 'node:http';
import type { Route } from '../api.js';
import { running, type AdapterOptions, type Running } from './running.js';

const METHODS = { GET: Get, POST: Post, PUT: Put, DELETE: Delete } as const;

interface PlatformRequest {
  readonly params: Record<string, string>;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body?: unknown;
}

// What `@Controller() class { @Get(path) handle(@Req() req, @Res() res) }` declares, once per route:
// the demo's routes are data, shared by every adapter.
function appModule(routes: readonly Route[]): Type {
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- Nest's decorators (applied below) fill it
  class ApiController {}
  const prototype = ApiController.prototype as unknown as Record<string, unknown>;
  for (const [i, route] of routes.entries()) {
    const key = `route${String(i)}`;
    prototype[key] = async (req: PlatformRequest, res: unknown) => {
      send(
        res,
        await route.handler({
          params: req.params,
          header: (name) => [req.headers[name.toLowerCase()]].flat()[0],
          body: req.body,
        }),
      );
    };
    METHODS[route.method](route.path)(prototype, key, Object.getOwnPropertyDescriptor(prototype, key)!);
    Req()(prototype, key, 0);
    Res()(prototype, key, 1);
  }
  Controller()(ApiController);
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- Nest's decorators (applied below) fill it
  class ApiModule {}
  Module({ controllers: [ApiController] })(ApiModule);
  return ApiModule;
}

async function startNest(app: INestApplication, options: AdapterOptions): Promise<Running> {
  // On Fastify, Nest's CORS is @fastify/cors, which allows only GET, HEAD and POST unless told otherwise.
  if (options.allowOrigin !== undefined)
    app.enableCors({
      origin: options.allowOrigin,
      methods: ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'],
      exposedHeaders: [...EXPOSED_HEADERS],
    });
  useErrorContract(app, { onServerError: options.onServerError });
  await app.listen(options.port ?? 0, '127.0.0.1');
  return running(app.getHttpServer() as Server);
}

export async function startNestExpress(routes: readonly Route[], options: AdapterOptions = {}): Promise<Running> {
  // The path as sent (strict, case-sensitive routing), as on every adapter.
  const instance = express().set('strict routing', true).set('case sensitive routing', true);
  const app = await NestFactory.create<NestExpressApplication>(appModule(routes), new ExpressAdapter(instance), {
    logger: false,
  });
  app.disable('x-powered-by');
  return startNest(app, options);
}

export async function startNestFastify(routes: readonly Route[], options: AdapterOptions = {}): Promise<Running> {
  return startNest(
    await NestFactory.create(appModule(routes), new FastifyAdapter({ frameworkErrors }), { logger: false }),
    options,
  );
}
