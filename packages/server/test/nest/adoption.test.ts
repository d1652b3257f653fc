// Adopting the contract in a Nest app that already exists: what it had working keeps working
// (uploads, form posts, `rawBody: true`, its own exception filter), or bootstrap says what changed.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type ArgumentsHost,
  Body,
  Catch,
  Controller,
  type ExceptionFilter,
  HttpException,
  Module,
  Post,
  Req,
  UploadedFile,
  UseInterceptors,
  type INestApplication,
  type LoggerService,
} from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FileInterceptor } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorContractFilter, ErrorContractModule, useErrorContract } from '../../src/adapters/nest/index.js';
import { CreateMonitor } from './app.js';
import { ContractValidationPipe } from '../../src/adapters/nest/index.js';

@Controller()
class BrownfieldController {
  // A form post, read by Nest's own urlencoded parser.
  @Post('forms') form(@Body() body: unknown): unknown {
    return { body };
  }
  // An upload, read by multer through Nest's FileInterceptor.
  @Post('uploads')
  @UseInterceptors(FileInterceptor('file'))
  upload(
    @UploadedFile() file: { originalname: string; size: number; buffer: Buffer } | undefined,
    @Body() body: unknown,
  ): unknown {
    return { name: file?.originalname, size: file?.size, text: file?.buffer.toString('utf8'), body };
  }
  // A webhook whose signature is over the exact bytes.
  @Post('webhooks') webhook(@Req() req: { rawBody?: Buffer }, @Body() body: unknown): unknown {
    return { raw: req.rawBody?.toString('utf8') ?? null, body };
  }
  // A JSON route.
  @Post('monitors') create(@Body(new ContractValidationPipe({ expectedType: CreateMonitor })) input: CreateMonitor) {
    return { name: input.name };
  }
}

/** The logging filter most Nest services have, from Nest's docs: `{ statusCode, timestamp, path }`. */
@Catch(HttpException)
class HttpLoggingFilter implements ExceptionFilter {
  constructor(private readonly adapterHost: HttpAdapterHost) {}
  catch(exception: HttpException, host: ArgumentsHost): void {
    const { httpAdapter } = this.adapterHost;
    const status = exception.getStatus();
    httpAdapter.reply(host.switchToHttp().getResponse(), { statusCode: status, path: 'x' }, status);
  }
}

/** The documented way to keep it: extend the contract's filter, do what it did, and let the contract answer. */
const logged: string[] = [];
@Catch()
class KeptLoggingFilter extends ErrorContractFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    logged.push(exception instanceof Error ? exception.message : String(exception));
    super.catch(exception, host);
  }
}

function recordingLogger(warnings: string[]): LoggerService {
  return {
    log: () => undefined,
    error: () => undefined,
    warn: (message: unknown) => {
      warnings.push(String(message));
    },
  };
}

type Platform = 'Express' | 'Fastify';
let app: INestApplication | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(
  platform: Platform,
  options: { rawBody?: boolean; logger?: LoggerService; module?: boolean; filters?: (app: INestApplication) => void },
): Promise<string> {
  @Module({
    imports: options.module === false ? [] : [ErrorContractModule.forRoot()],
    controllers: [BrownfieldController],
  })
  class AppModule {}
  const nestOptions = { rawBody: options.rawBody, logger: options.logger ?? (false as const) };
  app =
    platform === 'Fastify'
      ? await NestFactory.create(AppModule, new FastifyAdapter(), nestOptions)
      : await NestFactory.create(AppModule, nestOptions);
  if (options.module === false) useErrorContract(app);
  options.filters?.(app);
  await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${String(((app.getHttpServer() as Server).address() as AddressInfo).port)}`;
}

describe.each(['Express', 'Fastify'] as const)('an existing NestJS 11 app on %s adopting the contract', (platform) => {
  it("keeps NestFactory.create(…, { rawBody: true }): req.rawBody holds the body's exact bytes", async () => {
    const url = await start(platform, { rawBody: true });
    const sent = '{ "event": "paid",  "id": 7 }';
    const res = await fetch(`${url}/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: sent,
    });
    expect([res.status, await res.json()]).toEqual([201, { raw: sent, body: { event: 'paid', id: 7 } }]);
  });

  it('keeps form posts: Nest reads application/x-www-form-urlencoded as before', async () => {
    const url = await start(platform, {});
    const res = await fetch(`${url}/forms`, { method: 'POST', body: new URLSearchParams({ name: 'api', on: 'yes' }) });
    expect([res.status, await res.json()]).toEqual([201, { body: { name: 'api', on: 'yes' } }]);
  });

  it('still refuses what a JSON route refuses with the documented 400', async () => {
    const url = await start(platform, {});
    const res = await fetch(`${url}/monitors`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect([res.status, await res.json()]).toEqual([
      400,
      {
        error: {
          message: 'The request content type is not supported.',
          code: 'UNSUPPORTED_CONTENT_TYPE',
          details: { contentType: 'text/plain', expected: 'application/json' },
        },
      },
    ]);
  });

  for (const install of ['ErrorContractModule.forRoot()', 'useErrorContract(app)'] as const) {
    it(`names, once at bootstrap, a global filter that would answer instead of the contract (${install})`, async () => {
      const warnings: string[] = [];
      const url = await start(platform, {
        module: install === 'ErrorContractModule.forRoot()',
        logger: recordingLogger(warnings),
        filters: (nest) => nest.useGlobalFilters(new HttpLoggingFilter(nest.get(HttpAdapterHost))),
      });
      expect(warnings.filter((w) => w.includes('ErrorContractFilter'))).toEqual([
        'The global exception filter HttpLoggingFilter catches HttpException and runs before ErrorContractFilter: its answers go out ' +
          "instead of the contract's envelope. Keep it by making it extend ErrorContractFilter and call super.catch(exception, host) " +
          '(see "Keeping your exception filter" in the @monitorqa/errors-server README).',
      ]);
      const res = await fetch(`${url}/nowhere`);
      expect([res.status, await res.json()]).toEqual([404, { statusCode: 404, path: 'x' }]);
    });
  }

  it('keeps a logging filter that extends ErrorContractFilter: it runs, the contract answers, nothing is named', async () => {
    const warnings: string[] = [];
    logged.length = 0;
    const url = await start(platform, {
      module: false,
      logger: recordingLogger(warnings),
      filters: (nest) => nest.useGlobalFilters(new KeptLoggingFilter(nest.get(HttpAdapterHost))),
    });
    const res = await fetch(`${url}/nowhere`);
    expect([res.status, await res.json(), logged, warnings.filter((w) => w.includes('ErrorContractFilter'))]).toEqual([
      404,
      {
        error: {
          message: 'No endpoint matches this method and path.',
          code: 'ROUTE_NOT_FOUND',
          details: { method: 'GET', path: '/nowhere' },
        },
      },
      ['Cannot GET /nowhere'],
      [],
    ]);
  });
});

describe('an existing NestJS 11 app on Express adopting the contract', () => {
  it('keeps FileInterceptor uploads: multer reads multipart/form-data as before', async () => {
    const url = await start('Express', {});
    const form = new FormData();
    form.append('label', 'nightly');
    form.append('file', new Blob(['id,up\n1,true\n'], { type: 'text/csv' }), 'checks.csv');
    const res = await fetch(`${url}/uploads`, { method: 'POST', body: form });
    expect([res.status, await res.json()]).toEqual([
      201,
      { name: 'checks.csv', size: 13, text: 'id,up\n1,true\n', body: { label: 'nightly' } },
    ]);
  });
});
