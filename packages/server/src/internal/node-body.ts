// Reading a JSON body from a Node request stream, for adapters that hand us the bare
// IncomingMessage (Koa, NestJS on Express): the same policy as every other adapter.
import type { IncomingMessage } from 'node:http';
import { bodyPolicyError, parseJsonBytes, payloadTooLarge } from './body.js';

/**
 * The bytes of a Node request's body, or `undefined` when it has none; throws the contract's
 * 400s for a body it will not read (`UNSUPPORTED_CONTENT_TYPE`, `PAYLOAD_TOO_LARGE`).
 */
export async function readNodeBytes(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const { headers } = req;
  const length = headers['content-length'];
  if (headers['transfer-encoding'] === undefined && (length === undefined || length === '0')) return undefined;
  const refused = bodyPolicyError({ contentType: headers['content-type'], contentEncoding: headers['content-encoding'] });
  if (refused !== undefined) throw refused;
  if (Number(length) > limit) throw payloadTooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) throw payloadTooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * The JSON value of a Node request's body, or `undefined` when it has none; throws the
 * contract's 400s (`UNSUPPORTED_CONTENT_TYPE`, `PAYLOAD_TOO_LARGE`, `MALFORMED_JSON`).
 */
export async function readNodeJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const bytes = await readNodeBytes(req, limit);
  return bytes === undefined ? undefined : parseJsonBytes(bytes);
}
