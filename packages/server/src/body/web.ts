// The one reader of a JSON body from a web-standard `Request` (Hono, Bun, Deno, workers,
// Next.js route handlers): the same policy as every other adapter.
import {
  DEFAULT_BODY_LIMIT,
  bodyAborted,
  bodyPolicyError,
  parseJsonBytes,
  payloadTooLarge,
  type BodyHeaders,
} from './policy.js';

/**
 * Reads a JSON body as every adapter of this package does (the table in the README):
 * no body or an empty one → `undefined`; otherwise `application/json` or any
 * `application/*+json`, UTF-8, unencoded, at most `bodyLimit` bytes (default 1 MiB), else 400
 * `UNSUPPORTED_CONTENT_TYPE` / `PAYLOAD_TOO_LARGE` / `MALFORMED_JSON`, and `BAD_REQUEST`
 * for a body the client stopped sending. Any JSON value parses; `__proto__` keys are dropped.
 * @example const input = await readJson(request, { bodyLimit: 1_048_576 })
 */
export async function readJson(request: Request, options: { readonly bodyLimit?: number } = {}): Promise<unknown> {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const { headers } = request;
  const length = headers.get('content-length');
  if (request.body === null || length === '0') return undefined;
  const policy = {
    contentType: headers.get('content-type') ?? undefined,
    contentEncoding: headers.get('content-encoding') ?? undefined,
  };
  // A declared length is judged before a byte is read. Chunked or unframed (HTTP/2): whether
  // there is a body at all is known only once read, and an empty body is no body whatever its
  // content type says, so a refused type is read no further than its first byte.
  if (length !== null) {
    refuse(policy);
    if (Number(length) > limit) throw payloadTooLarge(limit);
  }
  const refused = length === null ? bodyPolicyError(policy) : undefined;
  const bytes = await readBytes(request.body, refused === undefined ? limit : 0).catch((error: unknown) => {
    throw refused ?? error;
  });
  if (bytes.byteLength === 0) return undefined;
  return parseJsonBytes(bytes);
}

function refuse(headers: BodyHeaders): void {
  const refused = bodyPolicyError(headers);
  if (refused !== undefined) throw refused;
}

async function readBytes(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let read: ReadableStreamReadResult<Uint8Array>;
    try {
      read = await reader.read();
    } catch (error) {
      // The stream errors when the client goes away mid-body: not a server failure.
      throw bodyAborted(error);
    }
    if (read.done) break;
    size += read.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw payloadTooLarge(limit);
    }
    chunks.push(read.value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
