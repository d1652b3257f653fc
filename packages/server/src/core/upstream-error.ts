// A failed call to an upstream escaping a handler is our upstream failing (502), whichever
// HTTP client made it: the upstream's own status must never become ours. Each check is a
// fact about one client's error shape; details keep only what helps find the failure at
// the other end, never the upstream's message.
import { readEnvelope, type UpstreamDetails } from '@monitorqa/errors';
import { isSafeRequestId } from './request-id.js';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

/**
 * What may be shown of an HTTP client's failed call (axios, ky, ofetch, got, undici's
 * `fetch`, a fetch timeout), or `undefined` when `e` is not one.
 */
export function upstreamCallDetails(e: Loose): UpstreamDetails | undefined {
  const name = e.name;
  // axios: every error it raises, answered or not.
  if (e.isAxiosError === true) return answered(e.response, isObject(e.response) ? e.response.data : undefined);
  // ofetch / $fetch.
  if (name === 'FetchError' && ('response' in e || 'request' in e)) return answered(e.response, e.data);
  // ky (HTTPError with the fetch Response) and got (HTTPError with its own response).
  if (name === 'HTTPError' && isObject(e.response) && ('request' in e || 'options' in e))
    return answered(e.response, e.response.body);
  // got's other errors carry their options; ky's TimeoutError its request.
  if (typeof name === 'string' && name.endsWith('Error') && isObject(e.options) && isObject(e.timings))
    return answered(e.response, undefined);
  if (name === 'TimeoutError' && isObject(e.request)) return {};
  // fetch given `AbortSignal.timeout(ms)`: the signal's DOMException, the upstream too slow to answer.
  if (name === 'TimeoutError' && e instanceof DOMException) return {};
  // undici's fetch: a network failure, or an AbortSignal.timeout().
  if (name === 'TypeError' && e.message === 'fetch failed') return {};
  if (typeof e.code === 'string' && e.code.startsWith('UND_ERR_')) return {};
  return undefined;
}

/** What may be shown of an upstream's answer that `fetch` resolved with: its status, envelope code and request id. */
export function responseDetails(response: { status: number; headers: Headers }, text: string): UpstreamDetails {
  return answered(response, text);
}

function answered(response: unknown, body: unknown): UpstreamDetails {
  if (!isObject(response)) return {};
  const status = typeof response.status === 'number' ? response.status : response.statusCode;
  const requestId = headerOf(response.headers, 'x-request-id');
  const code = readEnvelope(typeof body === 'string' ? parse(body) : body)?.code;
  const details: { status?: number; code?: string; requestId?: string } = {};
  if (Number.isInteger(status)) details.status = status as number;
  if (code !== undefined) details.code = code;
  if (requestId !== undefined) details.requestId = requestId;
  return details;
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (!isObject(headers)) return undefined;
  const value = typeof headers.get === 'function' ? (headers.get as (n: string) => unknown)(name) : headers[name];
  // Only a sane token: the header came from outside and is about to be shown.
  return isSafeRequestId(value) ? value : undefined;
}

function parse(text: string): unknown {
  if (text.length > 65_536) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
