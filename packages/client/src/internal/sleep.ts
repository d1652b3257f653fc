import { TransportError, abortKind } from '../transport-error.js';

/** Waits `ms`; the moment the signal aborts, rejects with an `abort` (or `timeout`) `TransportError`. */
export function sleep(ms: number, signal?: AbortSignal, requestId?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      if (signal?.aborted) reject(new TransportError(abortKind(signal), signal.reason, requestId));
      else resolve();
    };
    const timer = setTimeout(done, ms);
    if (signal?.aborted) done();
    else signal?.addEventListener('abort', done);
  });
}
