import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { CONTRACT_MESSAGES, apiError, type ApiError } from '@monitorqa/errors';
import { toErrorResponse } from '../core/answer.js';

const malformed = (message: string): ApiError => apiError('MALFORMED_REQUEST', { message });

/**
 * A `clientError` listener for `http.Server`: the requests Node rejects before any
 * framework runs (oversized headers, a malformed request line or `Content-Length`) get a
 * 400 `MALFORMED_REQUEST` envelope with an `X-Request-Id`, instead of a bare 400 or 431.
 * It answers only when no response is in flight on that connection (else its bytes would
 * land inside that response), and frees the socket once the answer is written.
 * @example server.on('clientError', clientErrorHandler())
 */
function clientErrorHandler(): (error: NodeJS.ErrnoException, socket: Duplex) => void {
  return (error, socket) => {
    // A reset or timed-out socket has nobody left to answer; one with a response in
    // flight (a pipelined request) cannot be answered without corrupting that response.
    const inFlight = (socket as { _httpMessage?: unknown })._httpMessage != null;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight) {
      socket.destroy();
      return;
    }
    const { status, headers, body } = toErrorResponse(malformed(CONTRACT_MESSAGES.malformedRequest), { request: {} });
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(
      `HTTP/1.1 ${status} Bad Request\r\n${head}content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      () => {
        socket.destroy();
      },
    );
  };
}

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

// Request targets a router can take: origin-form (`/path`) or absolute-form (`http://host/path`).
const ROUTABLE = /^(?:\/|https?:\/\/)/i;

/**
 * Installs, on a Node `http.Server`, answers for what Node and the frameworks would answer
 * without the contract: `clientErrorHandler`; an `Expect` other than `100-continue` (Node's
 * bare 417); an HTTP/1.1 request without `Host` (Node's bare 400); a request target that is
 * not a path, such as `GET *`. Each gets a 400 `MALFORMED_REQUEST` envelope. Call it once
 * the framework has attached its request listener (after `listen`).
 * @example handleClientErrors(app.listen(3000))
 */
export function handleClientErrors<S extends Server>(server: S): S {
  server.removeAllListeners('clientError');
  server.on('clientError', clientErrorHandler());
  server.removeAllListeners('checkExpectation');
  const listeners = server.listeners('request') as RequestListener[];
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    refuse(req, res, CONTRACT_MESSAGES.expect);
  });
  // Node answers a request without Host itself, with no body; the listener below does instead.
  (server as { requireHostHeader?: boolean }).requireHostHeader = false;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.httpVersion === '1.1' && req.headers.host === undefined) {
      refuse(req, res, CONTRACT_MESSAGES.missingHost);
      return;
    }
    if (!ROUTABLE.test(req.url ?? '')) {
      refuse(req, res, CONTRACT_MESSAGES.targetNotPath);
      return;
    }
    for (const listener of listeners) listener.call(server, req, res);
  });
  return server;
}

function refuse(req: IncomingMessage, res: ServerResponse, message: string): void {
  const request = {
    method: req.method,
    path: req.url,
    accept: req.headers.accept,
    requestId: req.headers['x-request-id'],
  };
  const { status, headers, body } = toErrorResponse(malformed(message), { request });
  // The body the client may still send is not read: close the connection after the answer.
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
}
