import { upstreamFailed } from '@monitorqa/errors-server';
import type { Monitor } from './monitor.js';

/** The outcome of one check. */
export interface CheckResult {
  readonly monitorId: string;
  readonly up: true;
  readonly status: number;
  readonly ms: number;
}

/**
 * Runs a monitor's check. An http check whose target is down is a 502: our upstream
 * failed, not us. The tcp checker has a bug: it is how the demo shows a 500 that leaks nothing.
 */
export async function runCheck(monitor: Monitor): Promise<CheckResult> {
  if (monitor.kind === 'tcp') {
    throw new Error('tcp checker: connection pool postgres://checker:s3cret@10.0.0.7/monitors exhausted');
  }
  const started = Date.now();
  try {
    const res = await fetch(monitor.url, { signal: AbortSignal.timeout(2_000) });
    await res.body?.cancel();
    return { monitorId: monitor.id, up: true, status: res.status, ms: Date.now() - started };
  } catch (cause) {
    throw upstreamFailed(cause, 'monitor-target');
  }
}
