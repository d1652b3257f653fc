/** What the kit probes: a running service's base URL, or its fetch handler (Hono, Next, workers). */
export type ContractTarget = string | URL | ((request: Request) => Response | Promise<Response>);

/** Sends one request to the target and returns its answer. */
export async function send(target: ContractTarget, path: string, init: RequestInit = {}): Promise<Response> {
  if (typeof target === 'function') return target(new Request(new URL(path, 'http://service.test'), init));
  const base = String(target).replace(/\/$/, '');
  return fetch(base + path, { ...init, redirect: 'manual' });
}
