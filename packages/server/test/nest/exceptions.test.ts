// The README's table of Nest's built-in exceptions and pipes, row by row, on both platforms: each
// row's first cell names what a handler throws (or which pipe refuses what), the rest is the answer.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  BadGatewayException,
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  ForbiddenException,
  GatewayTimeoutException,
  Get,
  GoneException,
  HttpException,
  InternalServerErrorException,
  MethodNotAllowedException,
  Module,
  NotAcceptableException,
  NotFoundException,
  NotImplementedException,
  Param,
  ParseBoolPipe,
  ParseEnumPipe,
  ParseIntPipe,
  ParseUUIDPipe,
  PayloadTooLargeException,
  Post,
  Query,
  RequestTimeoutException,
  ServiceUnavailableException,
  UnauthorizedException,
  UnprocessableEntityException,
  UnsupportedMediaTypeException,
  ValidationPipe,
  type INestApplication,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractValidationPipe, ErrorContractModule, frameworkErrors } from '../../src/adapters/nest/index.js';
import { CreateMonitor, ListQuery } from './app.js';

// What each row's first cell throws.
const THROWN: Record<string, () => never> = {
  'new BadRequestException()': () => {
    throw new BadRequestException();
  },
  "new BadRequestException('Name is taken.')": () => {
    throw new BadRequestException('Name is taken.');
  },
  "new BadRequestException({ message: 'Name is taken.' })": () => {
    throw new BadRequestException({ message: 'Name is taken.' });
  },
  "new BadRequestException(['name is empty', 'interval is too small'])": () => {
    throw new BadRequestException(['name is empty', 'interval is too small']);
  },
  'new UnauthorizedException()': () => {
    throw new UnauthorizedException();
  },
  'new ForbiddenException()': () => {
    throw new ForbiddenException();
  },
  'new NotFoundException()': () => {
    throw new NotFoundException();
  },
  "new NotFoundException('Monitor 7 is gone.')": () => {
    throw new NotFoundException('Monitor 7 is gone.');
  },
  'new MethodNotAllowedException()': () => {
    throw new MethodNotAllowedException();
  },
  'new NotAcceptableException()': () => {
    throw new NotAcceptableException();
  },
  'new RequestTimeoutException()': () => {
    throw new RequestTimeoutException();
  },
  "new ConflictException('That name is taken.')": () => {
    throw new ConflictException('That name is taken.');
  },
  'new GoneException()': () => {
    throw new GoneException();
  },
  'new PayloadTooLargeException()': () => {
    throw new PayloadTooLargeException();
  },
  'new UnsupportedMediaTypeException()': () => {
    throw new UnsupportedMediaTypeException();
  },
  'new UnprocessableEntityException()': () => {
    throw new UnprocessableEntityException();
  },
  "new UnprocessableEntityException(['interval is too small'])": () => {
    throw new UnprocessableEntityException(['interval is too small']);
  },
  "new HttpException('Slow down.', 429)": () => {
    throw new HttpException('Slow down.', 429);
  },
  "new InternalServerErrorException('pool exhausted')": () => {
    throw new InternalServerErrorException('pool exhausted');
  },
  'new NotImplementedException()': () => {
    throw new NotImplementedException();
  },
  'new BadGatewayException()': () => {
    throw new BadGatewayException();
  },
  "new ServiceUnavailableException('pool exhausted')": () => {
    throw new ServiceUnavailableException('pool exhausted');
  },
  'new GatewayTimeoutException()': () => {
    throw new GatewayTimeoutException();
  },
};

enum Kind {
  http = 'http',
  tcp = 'tcp',
}

@Controller()
class TableController {
  @Get('throw/:row') throw(@Param('row') row: string): never {
    return THROWN[row]!();
  }
  @Get('int/:id') int(@Param('id', ParseIntPipe) id: number) {
    return { id };
  }
  @Get('bool') bool(@Query('on', ParseBoolPipe) on: boolean) {
    return { on };
  }
  @Get('uuid/:id') uuid(@Param('id', ParseUUIDPipe) id: string) {
    return { id };
  }
  @Get('enum/:kind') kind(@Param('kind', new ParseEnumPipe(Kind)) kind: Kind) {
    return { kind };
  }
  @Post('nest-pipe') nestPipe(@Body(new ValidationPipe({ expectedType: CreateMonitor })) input: CreateMonitor) {
    return input;
  }
  @Post('contract-pipe') contractPipe(
    @Body(new ContractValidationPipe({ expectedType: CreateMonitor })) input: CreateMonitor,
  ) {
    return input;
  }
  @Get('contract-query') contractQuery(
    @Query(new ContractValidationPipe({ transform: true, expectedType: ListQuery })) query: ListQuery,
  ) {
    return query;
  }
}

// What each pipe row sends.
const PIPES: Record<string, { path: string; body?: unknown }> = {
  "`ParseIntPipe` on `@Param('id')`, `/int/abc`": { path: '/int/abc' },
  "`ParseBoolPipe` on `@Query('on')`, `?on=maybe`": { path: '/bool?on=maybe' },
  "`ParseUUIDPipe` on `@Param('id')`, `/uuid/42`": { path: '/uuid/42' },
  "`new ParseEnumPipe(Kind)` on `@Param('kind')`, `/enum/udp`": { path: '/enum/udp' },
  "Nest's `ValidationPipe`, a body without `interval`": { path: '/nest-pipe', body: { name: 'api' } },
  '`ContractValidationPipe`, a body without `interval`': { path: '/contract-pipe', body: { name: 'api' } },
  '`ContractValidationPipe` on `@Query()`, `?limit=500`': { path: '/contract-query?limit=500' },
};

interface Row {
  readonly what: string;
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details: unknown;
}

/** The rows of the README's table. */
function readmeRows(): Row[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.split("### Nest's exceptions and pipes")[1]!.split('\n\n')[2]!;
  return table
    .split('\n')
    .slice(2)
    .map((line) => {
      const [what = '', status = '', code = '', message = '', details = ''] = line.slice(2, -2).split(' | ');
      return {
        what,
        status: Number(status),
        code: code.replaceAll('`', ''),
        message,
        details: details === '' ? undefined : (JSON.parse(details.replaceAll('`', '')) as unknown),
      };
    });
}

const rows = readmeRows();

describe.each(['Express', 'Fastify'] as const)("Nest's exceptions and pipes on %s (the README's table)", (platform) => {
  let app: INestApplication;
  let url: string;
  beforeAll(async () => {
    @Module({ imports: [ErrorContractModule.forRoot()], controllers: [TableController] })
    class AppModule {}
    app =
      platform === 'Fastify'
        ? await NestFactory.create(AppModule, new FastifyAdapter({ frameworkErrors }), { logger: false })
        : await NestFactory.create(AppModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${String(((app.getHttpServer() as Server).address() as AddressInfo).port)}`;
  });
  afterAll(() => app.close());

  it('has a row for every exception and pipe tried here', () => {
    expect(rows.map((r) => r.what)).toEqual([
      ...Object.keys(THROWN).map((t) => `\`throw ${t}\``),
      ...Object.keys(PIPES),
    ]);
  });

  it.each(rows)('$what → $status $code', async ({ what, status, code, message, details }) => {
    const pipe = PIPES[what];
    const thrown = /^`throw (.*)`$/.exec(what)?.[1];
    const res =
      pipe === undefined
        ? await fetch(`${url}/throw/${encodeURIComponent(thrown!)}`)
        : await fetch(
            url + pipe.path,
            pipe.body === undefined
              ? {}
              : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pipe.body) },
          );
    expect([res.status, await res.json()]).toEqual([
      status,
      { error: { message, code, ...(details === undefined ? {} : { details }) } },
    ]);
  });
});
