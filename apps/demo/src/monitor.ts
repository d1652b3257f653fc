import { z } from 'zod';

/** What a client sends to create or replace a monitor. */
export const MonitorInput = z.object({
  name: z.string().min(1).max(100),
  /** What the check does: fetch a URL, or open a TCP connection. */
  kind: z.enum(['http', 'tcp']),
  /** Only http and https: a monitor never opens `javascript:`, `file:` or other schemes. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }),
  /** Seconds between checks. */
  interval: z.number().int().min(30).max(86_400),
});
export type MonitorInput = z.infer<typeof MonitorInput>;

/** A stored monitor. */
export type Monitor = MonitorInput & { readonly id: string };
