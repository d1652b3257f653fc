import type { HttpServer } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { finished } from 'node:stream/promises';
import { JSON_TYPE, readBody } from '../../body/fastify.js';
import { readNodeBytes } from '../../body/node.js';
import { bodyPolicyError, declaresBody, parseJsonBytes } from '../../body/policy.js';
import { isFormType, unreadBody } from '../../body/unread.js';

interface FastifyHttpAdapter extends HttpServer {
  useBodyParser(
    type: string | RegExp,
    rawBody: boolean,
    options: { bodyLimit: number },
    parser: typeof readBody,
  ): unknown;
  registerUrlencodedContentParser?(rawBody: boolean): void;
}

/** Whether bodies keep their bytes on `req.rawBody`: our option, or Nest's own (`NestFactory.create(…, { rawBody: true })`). */
interface RawBodySetting {
  rawBody: boolean;
}

const installed = new WeakSet();

/**
 * Makes a Nest app read JSON bodies as every adapter of this package does, in place of Nest's
 * parsers. Called before Nest's init (from `useErrorContract` or while the module's providers
 * are created), so that Nest's own parsers never see a body first. Once per app.
 */
export function readJsonBodies(adapter: HttpServer, limit: number, rawBody: boolean): void {
  if (installed.has(adapter)) return;
  installed.add(adapter);
  const setting: RawBodySetting = { rawBody };
  learnNestOptions(adapter, setting);
  if (adapter.getType() === 'fastify') {
    (adapter.getInstance() as FastifyInstance).removeContentTypeParser(['application/json', 'text/plain']);
    const parser: typeof readBody = (request, body, done) => {
      if (setting.rawBody) (request as { rawBody?: Buffer }).rawBody = body;
      readBody(request, body, done);
    };
    // Through Nest's adapter, which then registers no parser of its own over these at init.
    (adapter as FastifyHttpAdapter).useBodyParser(JSON_TYPE, false, { bodyLimit: limit }, parser);
    (adapter as FastifyHttpAdapter).useBodyParser('*', false, { bodyLimit: limit }, parser);
    return;
  }
  // First in the chain: Nest's own parsers, after it, find the body read and step aside.
  adapter.use((req: IncomingMessage & { body?: unknown }, _res: unknown, next: (error?: unknown) => void) => {
    readFirst(req, limit, setting.rawBody).then(next, next);
  });
}

/**
 * Nest tells its adapter at init, in `registerParserMiddleware(prefix, rawBody)`, whether the app was
 * created with `rawBody: true`: learnt here, so that webhooks checking a signature keep `req.rawBody`.
 * On Fastify our parsers above make Nest's adapter skip its own, its form parser included: that one
 * is registered here as Nest would have (`application/x-www-form-urlencoded`, with the same `rawBody`).
 */
function learnNestOptions(adapter: HttpServer, setting: RawBodySetting): void {
  const register = adapter.registerParserMiddleware.bind(adapter);
  adapter.registerParserMiddleware = (prefix?: string, rawBody?: boolean): void => {
    if (rawBody === true) setting.rawBody = true;
    if (adapter.getType() === 'fastify')
      (adapter as FastifyHttpAdapter).registerUrlencodedContentParser?.(setting.rawBody);
    else register(prefix, rawBody);
  };
}

// An empty body is read to its end too: Nest's parser would make it `{}`; a finished request it leaves alone.
async function readFirst(
  req: IncomingMessage & { body?: unknown; rawBody?: Buffer; _body?: boolean },
  limit: number,
  rawBody: boolean,
): Promise<void> {
  const { headers } = req;
  // Forms and uploads are left unread for Nest's urlencoded parser and multer (FileInterceptor).
  if (isFormType(headers['content-type']) && declaresBody(headers['content-length'], headers['transfer-encoding'])) {
    req.body = unreadBody(
      bodyPolicyError({ contentType: headers['content-type'], contentEncoding: headers['content-encoding'] })!,
    );
    return;
  }
  const bytes = await readNodeBytes(req, limit);
  // body-parser 1 (Express 4, under Nest 10) knows a read body by this flag; body-parser 2 by the finished stream.
  req._body = true;
  // Kept as Nest's `rawBody: true` keeps them, for signatures over the exact bytes (webhooks).
  if (rawBody && bytes !== undefined) req.rawBody = bytes;
  req.body = bytes === undefined ? undefined : parseJsonBytes(bytes);
  if (req.readable) {
    req.resume();
    await finished(req);
  }
}
