import { BASE_CODES, type BaseErrorCode } from './codes.js';
import type { ErrorStatus } from './status.js';

// The first code listed for a status in BASE_CODES is its general code.
const firsts: Partial<Record<ErrorStatus, BaseErrorCode>> = {};
for (const code of Object.keys(BASE_CODES) as BaseErrorCode[]) {
  firsts[BASE_CODES[code].status] ??= code;
}
const GENERAL = firsts as Record<ErrorStatus, BaseErrorCode>;

/** The general code of an error status, e.g. 404 → `NOT_FOUND`. */
export function generalCode(status: ErrorStatus): BaseErrorCode {
  return GENERAL[status];
}

/** The message sent for a status whose own message is hidden. */
export function genericMessage(status: ErrorStatus): string {
  return BASE_CODES[GENERAL[status]].message;
}
