import { BASE_CODES, type BaseErrorCode } from './codes.js';
import { isErrorStatus, reasonOf, type ErrorStatus } from './status.js';

type Snake<S extends string> = S extends `${infer A} ${infer B}` ? `${A}_${Snake<B>}` : S;
/** The general code of an error status: its reason phrase in UPPER_SNAKE, e.g. 404 → `NOT_FOUND`. */
export type GeneralCode<S extends ErrorStatus = ErrorStatus> = S extends unknown
  ? Uppercase<Snake<ReturnType<typeof reasonOf<S>>>>
  : never;

/**
 * The general code of an error status: its reason phrase in UPPER_SNAKE, the first code
 * BASE_CODES lists for it (a test proves both). Computed rather than tabled, so that
 * reading errors does not pull in every message.
 * @example generalCode(404) // 'NOT_FOUND'
 */
export function generalCode<S extends ErrorStatus>(status: S): GeneralCode<S> {
  return reasonOf(status).toUpperCase().replaceAll(' ', '_') as GeneralCode<S>;
}

/** The message sent for a status whose own message is hidden. */
export function genericMessage(status: ErrorStatus): string {
  return BASE_CODES[generalCode(status)].message;
}

/**
 * Undocumented HTTP statuses that proxies, gateways and libraries send anyway, onto the
 * code (and its status) that says the same thing within the contract. The status is
 * spelled out so that reading an answer needs no catalog; a test checks it against BASE_CODES.
 */
export const UNDOCUMENTED_STATUSES: Readonly<Record<number, readonly [BaseErrorCode, ErrorStatus]>> = {
  405: ['ROUTE_NOT_FOUND', 404],
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
  if (isErrorStatus(status)) return [generalCode(status), status];
  if (!Number.isInteger(status) || status < 400 || status > 599) return undefined;
  const general = status < 500 ? 400 : 500;
  return UNDOCUMENTED_STATUSES[status] ?? [generalCode(general), general];
}

/**
 * The catalog's code for any HTTP error status (see `readStatus`).
 * @example codeForStatus(504) // 'BAD_GATEWAY'
 */
export function codeForStatus(status: number): BaseErrorCode | undefined {
  return readStatus(status)?.[0];
}
