// The one reader of a JSON body from a Node request stream, for every adapter that hands us
// the bare IncomingMessage (Express, Koa, NestJS on Express): the same policy as every
// other adapter, and an aborted upload read as the client going away, never a server error.
import type { IncomingMessage } from 'node:http';
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
  if (refused !== undefined) throw refused;
  // Refused on the declared length at once, before a byte is read.
  if (Number(length) > limit) throw payloadTooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > limit) throw payloadTooLarge(limit);
      chunks.push(chunk);
    }
  } catch (error) {
    // The stream's own failure ('aborted', ECONNRESET) is the client gone mid-body.
    throw isOurs(error) ? error : bodyAborted(error);
  }
  // A stream that ends early without an error (some Node versions) is an abort too.
  if (req.readableAborted || (req as { aborted?: boolean }).aborted === true || !req.complete) throw bodyAborted();
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

function isOurs(error: unknown): boolean {
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
