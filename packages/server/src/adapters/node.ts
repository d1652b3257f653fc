// What Node answers before any framework runs, and what frameworks disagree about in a request
// target: answered here, on the `http.Server`, the same way whatever framework is behind it.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { CONTRACT_MESSAGES, apiError, type ApiError } from '@monitorqa/errors';
import { DEFAULT_BODY_LIMIT, payloadTooLarge } from '../body/policy.js';
import { toErrorResponse, type RequestView } from '../core/answer.js';
import { rawPathOf, routeNotFound } from '../core/route.js';

const malformed = (message: string): ApiError => apiError('MALFORMED_REQUEST', { message });

/** Options of `handleClientErrors`. */
export interface ClientErrorOptions {
  /** The largest body the service reads (default 1 MiB): a larger declared body is refused before it is invited. */
  readonly bodyLimit?: number;
}

/**
 * Installs, on a Node `http.Server`, answers for what Node and the frameworks would answer
 * without the contract, or each in its own way:
 * - what Node cannot parse (a malformed request line, header or chunk size; oversized headers):
 *   400 `MALFORMED_REQUEST`, after any answer already in flight on the connection;
 * - an `Expect` other than `100-continue` (Node: a bare 417), an HTTP/1.1 request without `Host`
 *   or with one that is not a host (Node, Hono: a bare 400), a target that is not a path (`GET *`)
 *   or not a valid URL (a backslash, `http://[::1/x`): 400 `MALFORMED_REQUEST`;
 * - a path with `.` or `..` segments, however encoded: 404 `ROUTE_NOT_FOUND`, the path as sent
 *   (no framework resolves them first, so a proxy rule on `/admin/*` cannot be walked around);
 * - an absolute-form target (`GET http://host/path`, any case): routed by its path;
 * - `Expect: 100-continue` with a declared body over `bodyLimit`: 400 `PAYLOAD_TOO_LARGE` without
 *   inviting the body.
 * A connection it closes is closed gently: what the client still sends is read and dropped for a
 * moment first, so that the answer is not lost to a TCP reset. Call it once the framework has
 * attached its request listener (after `listen`).
 * @example handleClientErrors(app.listen(3000))
 */
export function handleClientErrors<S extends Server>(server: S, options: ClientErrorOptions = {}): S {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  server.removeAllListeners('clientError');
  server.on('clientError', answerClientError);
  server.on('connection', lingerOnClose);
  server.removeAllListeners('checkExpectation');
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    refuse(req, res, malformed(CONTRACT_MESSAGES.expect));
  });
  // Node answers a request without Host itself, with no body; the listener below does instead.
  (server as { requireHostHeader?: boolean }).requireHostHeader = false;
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const dispatch = (req: IncomingMessage, res: ServerResponse): void => {
    const refusal = refusalOf(req);
    if (refusal !== undefined) refuse(req, res, refusal);
    else for (const listener of listeners) listener.call(server, req, res);
  };
  server.on('request', dispatch);
  // Node sends `100 Continue` on its own unless someone listens: a body about to be refused is never invited.
  server.removeAllListeners('checkContinue');
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (Number(req.headers['content-length']) > bodyLimit) {
      refuse(req, res, payloadTooLarge(bodyLimit));
      return;
    }
    res.writeContinue();
    dispatch(req, res);
  });
  return server;
}

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

// A host (a name, IPv4 or a bracketed IPv6 address) and an optional port, as `Host` must be.
const HOST = /^(?:\[[0-9a-f:.]+\]|[a-z0-9._~!$&'()*+,;=%-]+)(?::(\d{1,5}))?$/i;
// A path segment that is `.` or `..`, written plainly or percent-encoded.
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

/** Why the contract refuses a request before any framework sees it, or `undefined`. */
function refusalOf(req: IncomingMessage): ApiError | undefined {
  const { host } = req.headers;
  if (host === undefined) return req.httpVersion === '1.1' ? malformed(CONTRACT_MESSAGES.missingHost) : undefined;
  const valid = HOST.exec(host);
  if (valid === null || Number(valid[1] ?? 0) > 65_535) return malformed(CONTRACT_MESSAGES.invalidHost);
  const url = req.url ?? '';
  if (url.charCodeAt(0) !== 47 /* / */) {
    if (!/^https?:\/\//i.test(url)) return malformed(CONTRACT_MESSAGES.targetNotPath);
    // Absolute-form (what a proxy sends): routed by its path, whatever the case of its scheme.
    if (!URL.canParse(url) || url.includes('\\')) return malformed(CONTRACT_MESSAGES.invalidTarget);
    const { pathname, search } = new URL(url);
    req.url = pathname + search;
  }
  const path = rawPathOf(req.url ?? '/');
  if (path.includes('\\')) return malformed(CONTRACT_MESSAGES.invalidTarget);
  if (DOT_SEGMENT.test(path)) return routeNotFound(req.method ?? 'GET', url);
  return undefined;
}

function refuse(req: IncomingMessage, res: ServerResponse, error: ApiError): void {
  const request: RequestView = {
    method: req.method,
    path: req.url,
    accept: req.headers.accept,
    requestId: req.headers['x-request-id'],
  };
  const { status, headers, body } = toErrorResponse(error, { request });
  // The body the client may still send is not read: close the connection after the answer.
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
}

/**
 * The `clientError` listener: what Node cannot parse gets a 400 `MALFORMED_REQUEST` envelope with
 * an `X-Request-Id`, instead of a bare 400 or 431 or nothing. An answer already being written on
 * the connection (a pipelined request before the broken one) is finished first; the request whose
 * own body broke (a bad chunk size) gets the 400 in place of its answer.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset or timed-out socket has nobody left to answer.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const inFlight = (socket as { _httpMessage?: ServerResponse | null })._httpMessage;
  if (inFlight == null || (!inFlight.headersSent && !inFlight.req.complete)) {
    writeMalformed(socket);
    return;
  }
  if (inFlight.headersSent && !inFlight.writableFinished && !inFlight.req.complete) {
    // The broken request's own answer has started: nothing more can be said on this connection.
    socket.destroy();
    return;
  }
  inFlight.once('finish', () => {
    if (socket.writable) writeMalformed(socket);
    else socket.destroy();
  });
}

function writeMalformed(socket: Duplex): void {
  const { status, headers, body } = toErrorResponse(malformed(CONTRACT_MESSAGES.malformedRequest), { request: {} });
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(
    `HTTP/1.1 ${String(status)} Bad Request\r\n${head}content-length: ${String(Buffer.byteLength(body))}\r\nconnection: close\r\n\r\n${body}`,
  );
  lingerThenDestroy(socket);
}

// How long a closing connection keeps reading what the client still sends (nginx's lingering
// close): until the client has been quiet this long, and never longer than the cap.
const LINGER_IDLE_MS = 300;
const LINGER_MAX_MS = 2_000;

// Node destroys a connection it closes as soon as its answer is written; with bytes of a refused
// upload still arriving, the peer then gets a TCP reset, which can discard the answer unread.
function lingerOnClose(socket: Duplex & { destroySoon?: () => void }): void {
  socket.destroySoon = () => {
    socket.end();
    lingerThenDestroy(socket);
  };
}

function lingerThenDestroy(socket: Duplex): void {
  const destroy = (): void => {
    clearTimeout(idle);
    clearTimeout(cap);
    socket.destroy();
  };
  let idle = setTimeout(destroy, LINGER_IDLE_MS).unref();
  const cap = setTimeout(destroy, LINGER_MAX_MS).unref();
  socket.on('data', () => {
    clearTimeout(idle);
    idle = setTimeout(destroy, LINGER_IDLE_MS).unref();
  });
  socket.once('end', destroy);
  socket.once('close', destroy);
  socket.resume();
}
