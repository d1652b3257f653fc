import type { ErrorInfo } from '@monitorqa/errors-server';

/**
 * The demo's log of 5xx answers, by severity: a 500 is a bug and gets the whole stack;
 * a 502 or a 503 is an upstream or maintenance, expected in operation: one line.
 */
export function logServerError(error: unknown, info: ErrorInfo): void {
  const where = `[${info.status} ${info.code}] request ${info.requestId ?? '-'}`;
  if (info.status === 500) {
    console.error(where, error);
    return;
  }
  const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.warn(`${where}: ${cause.split('\n', 1)[0] ?? ''}`);
}
