// NestJS on both its platforms, serving the suite's routes from one controller built from the table.
import type { Server } from 'node:http';
import { Controller, Delete, Get, Module, Post, Put, Req, Res, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import express from 'express';
import { frameworkErrors, send, useErrorContract } from '../../src/adapters/nest/index.js';
import { headerGetter, started } from './listen.js';
import type { Route } from './routes.js';
import type { Start } from './suite.js';

const METHODS = { GET: Get, POST: Post, PUT: Put, DELETE: Delete } as const;

// The path as sent: `/items/1/` and `/ITEMS/1` are other paths, as on every adapter (Fastify's default).
function strictExpress(): express.Express {
  const app = express();
  app.set('strict routing', true);
  app.set('case sensitive routing', true);
  return app;
}

interface PlatformRequest {
  readonly params: Record<string, string>;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body?: unknown;
}

// What `@Controller() class { @Get(path) handle(@Req() req, @Res() res) }` declares, once per route.
function appModule(routes: readonly Route[]): Type {
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- Nest's controllers and modules are classes its decorators fill
  class RoutesController {}
  const prototype = RoutesController.prototype as unknown as Record<string, unknown>;
  for (const [i, route] of routes.entries()) {
    const key = `route${i}`;
    prototype[key] = async (req: PlatformRequest, res: unknown) => {
      send(res, await route.handler({ params: req.params, headers: headerGetter(req.headers), body: req.body }));
    };
    METHODS[route.method](route.path)(prototype, key, Object.getOwnPropertyDescriptor(prototype, key)!);
    Req()(prototype, key, 0);
    Res()(prototype, key, 1);
  }
  Controller()(RoutesController);
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- as above
  class AppModule {}
  Module({ controllers: [RoutesController] })(AppModule);
  return AppModule;
}

function nest(platform: 'express' | 'fastify'): Start {
  return async (routes, onErrorLog) => {
    const module = appModule(routes);
    const app =
      platform === 'fastify'
        ? await NestFactory.create(module, new FastifyAdapter({ frameworkErrors }), { logger: false })
        : await NestFactory.create(module, new ExpressAdapter(strictExpress()), { logger: false });
    useErrorContract(app, { onServerError: onErrorLog });
    await app.listen(0, '127.0.0.1');
    return started(app.getHttpServer() as Server);
  };
}

export const nestStarts: Readonly<Record<string, Start>> = {
  'NestJS 11 (Express)': nest('express'),
  'NestJS 11 (Fastify)': nest('fastify'),
};
