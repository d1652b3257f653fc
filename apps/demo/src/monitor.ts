import { z } from 'zod';

/** What a client sends to create or replace a monitor. */
export const MonitorInput = z.object({
  name: z.string().min(1).max(100),
  /** What the check does: fetch a URL, or open a TCP connection. */
  kind: z.enum(['http', 'tcp']),
  url: z.url(),
  /** Seconds between checks. */
  interval: z.number().int().min(30).max(86_400),
});
export type MonitorInput = z.infer<typeof MonitorInput>;

/** A stored monitor. */
export type Monitor = MonitorInput & { readonly id: string };
