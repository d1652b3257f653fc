import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { apiError } from '@monitorqa/errors';

/**
 * A `clientError` listener for `http.Server`: the requests Node rejects before any
 * framework runs (oversized headers, a malformed request line or `Content-Length`)
 * get a 400 `MALFORMED_REQUEST` envelope instead of a bare 400 or 431 with no body.
 * @example server.on('clientError', clientErrorHandler())
 */
export function clientErrorHandler(): (error: NodeJS.ErrnoException, socket: Duplex) => void {
  const body = JSON.stringify(apiError('MALFORMED_REQUEST'));
  const response =
    'HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
  return (error, socket) => {
    // A reset or timed-out socket has nobody left to answer.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(response);
  };
}

/**
 * Installs `clientErrorHandler` on a server, replacing Node's default answer.
 * @example handleClientErrors(app.listen(3000))
 */
export function handleClientErrors<S extends Server>(server: S): S {
  server.removeAllListeners('clientError');
  server.on('clientError', clientErrorHandler());
  return server;
}
