import { BASE_CODES, type BaseErrorCode } from './codes.js';
import { isErrorStatus, type ErrorStatus } from './status.js';

// The first code listed for a status in BASE_CODES is its general code.
// Spelled out rather than derived from BASE_CODES so that reading errors does not pull in
// every message; a test proves each is the first code listed for its status.
const GENERAL: Readonly<Record<ErrorStatus, BaseErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  422: 'UNPROCESSABLE_ENTITY',
  500: 'INTERNAL_SERVER_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
};

/** The general code of an error status, e.g. 404 → `NOT_FOUND`. */
export function generalCode(status: ErrorStatus): BaseErrorCode {
  return GENERAL[status];
}

/** The message sent for a status whose own message is hidden. */
export function genericMessage(status: ErrorStatus): string {
  return BASE_CODES[GENERAL[status]].message;
}

/**
 * Undocumented HTTP statuses that proxies, gateways and libraries send anyway, onto the
 * code (and its status) that says the same thing within the contract. The status is
 * spelled out so that reading an answer needs no catalog; a test checks it against BASE_CODES.
 */
export const UNDOCUMENTED_STATUSES: Readonly<Record<number, readonly [BaseErrorCode, ErrorStatus]>> = {
  405: ['ROUTE_NOT_FOUND', 404],
  408: ['BAD_REQUEST', 400],
  410: ['RESOURCE_NOT_FOUND', 404],
  411: ['MALFORMED_REQUEST', 400],
  413: ['PAYLOAD_TOO_LARGE', 400],
  414: ['MALFORMED_REQUEST', 400],
  415: ['UNSUPPORTED_CONTENT_TYPE', 400],
  429: ['OVERLOADED', 503],
  431: ['MALFORMED_REQUEST', 400],
  504: ['BAD_GATEWAY', 502],
};

/**
 * How the contract reads any HTTP error status: a documented one as itself with its
 * general code; a known undocumented one as its equivalent; any other 4xx as 400
 * `BAD_REQUEST`, 5xx as 500 `INTERNAL_SERVER_ERROR`. `undefined` outside 400–599.
 * @example readStatus(504) // ['BAD_GATEWAY', 502]
 */
export function readStatus(status: number): readonly [BaseErrorCode, ErrorStatus] | undefined {
  if (isErrorStatus(status)) return [GENERAL[status], status];
  if (!Number.isInteger(status) || status < 400 || status > 599) return undefined;
  return UNDOCUMENTED_STATUSES[status] ?? (status < 500 ? ['BAD_REQUEST', 400] : ['INTERNAL_SERVER_ERROR', 500]);
}

/**
 * The catalog's code for any HTTP error status (see `readStatus`).
 * @example codeForStatus(504) // 'BAD_GATEWAY'
 */
export function codeForStatus(status: number): BaseErrorCode | undefined {
  return readStatus(status)?.[0];
}
