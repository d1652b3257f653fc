// The one reader of a JSON body from a Node request stream, for every adapter that hands us
// the bare IncomingMessage (Express, Koa, NestJS on Express): the same policy as every
// other adapter, and an aborted upload read as the client going away, never a server error.
import type { IncomingMessage } from 'node:http';
import type { ApiError } from '@monitorqa/errors';
import { bodyAborted, bodyPolicyError, declaresBody, parseJsonBytes, payloadTooLarge } from './policy.js';
import { isFormType, unreadBody } from './unread.js';

/**
 * The bytes of a Node request's body, or `undefined` when it has none; throws the contract's
 * 400s for a body it will not read (`UNSUPPORTED_CONTENT_TYPE`, `PAYLOAD_TOO_LARGE`, and
 * `BAD_REQUEST` for a body the client stopped sending).
 */
export async function readNodeBytes(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const { headers } = req;
  const length = headers['content-length'];
  if (!declaresBody(length, headers['transfer-encoding'])) return undefined;
  const refused = bodyPolicyError({
    contentType: headers['content-type'],
    contentEncoding: headers['content-encoding'],
  });
  if (refused !== undefined) {
    // A declared length is refused at once; a chunked body only once a byte of it arrives, since
    // an empty body is no body whatever its content type says.
    if (length !== undefined) throw refused;
    await collect(req, 0).catch((error: unknown) => {
      throw isTooLarge(error) ? refused : error;
    });
    return undefined;
  }
  // Refused on the declared length at once, before a byte is read.
  if (Number(length) > limit) throw payloadTooLarge(limit);
  const { chunks, size } = await collect(req, limit);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

/**
 * Reads a body to its end, up to `limit` bytes. Past the limit it stops keeping bytes and
 * drops the rest as it arrives, never destroying the request: the answer must still reach the
 * client. A stream that fails or closes before its end is the client gone: `BAD_REQUEST`.
 */
function collect(req: IncomingMessage, limit: number): Promise<{ chunks: Buffer[]; size: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Read to its end already (by a parser before this one): nothing will arrive.
    if (req.readableEnded) {
      resolve({ chunks, size });
      return;
    }
    const settle = (error?: ApiError): void => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      if (error === undefined) resolve({ chunks, size });
      else reject(error);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.byteLength;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      settle(payloadTooLarge(limit));
      // Still flowing, with no listener: what the client goes on sending is dropped.
      req.resume();
    };
    const onEnd = (): void => {
      settle(req.complete ? undefined : bodyAborted());
    };
    const onError = (error: unknown): void => {
      settle(bodyAborted(error));
    };
    const onClose = (): void => {
      if (!req.complete) settle(bodyAborted());
    };
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

function isTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'PAYLOAD_TOO_LARGE';
}

/**
 * The JSON value of a Node request's body, or `undefined` when it has none; throws the
 * contract's 400s (`UNSUPPORTED_CONTENT_TYPE`, `PAYLOAD_TOO_LARGE`, `MALFORMED_JSON`, `BAD_REQUEST`).
 * A form or multipart body is left unread for the app's own parsers (see `unread.ts`).
 */
export async function readNodeJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const { headers } = req;
  const contentType = headers['content-type'];
  if (isFormType(contentType) && declaresBody(headers['content-length'], headers['transfer-encoding'])) {
    return unreadBody(bodyPolicyError({ contentType, contentEncoding: headers['content-encoding'] })!);
  }
  const bytes = await readNodeBytes(req, limit);
  return bytes === undefined ? undefined : parseJsonBytes(bytes);
}
