/**
 * Calls `onTime` after `ms` (never without `ms`), or `onAbort` the moment `signal` aborts (at once if it
 * has); returns what clears both, to call once either has fired or neither is wanted any more: no timer
 * left running, no listener left on a long-lived signal. The backoff wait and each attempt's timeout are
 * both this.
 */
export function timer(
  ms: number | undefined,
  signal: AbortSignal | undefined,
  onTime: () => void,
  onAbort: () => void,
): () => void {
  const id = ms === undefined ? undefined : setTimeout(onTime, ms);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort);
  return () => {
    clearTimeout(id);
    signal?.removeEventListener('abort', onAbort);
  };
}
