import type { ApiError } from '@monitorqa/errors';
import { toBody, type RequestBody } from './body.js';
import type { HookRequest, Hooks } from './hooks.js';
import { sleep } from './internal/sleep.js';
import { readBody, type ParseAs, type Parsed } from './parse-as.js';
import { parseSuccess } from './parse-response.js';
import { toQueryString, type Query } from './query.js';
import { backoff, isRetryable, type RetryOptions } from './retry.js';
import { readError } from './to-api-error.js';
import { TransportError, abortKind, isTransportError } from './transport-error.js';

/** What `fetch` takes besides the request itself (`credentials`, `cache`, `keepalive`, `mode`, `priority`…), passed as given. */
export type FetchInit = Omit<RequestInit, 'body' | 'headers' | 'method' | 'signal'>;

/** Headers, or a function that gives them anew for every call (a token that expires). */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** Options of `createClient`; every other `RequestInit` field goes to `fetch` as it is. */
export interface ClientOptions extends FetchInit {
  /** `https://api.monitorqa.com/v1`, or in a browser a path of the page's origin (`/api`). */
  readonly baseUrl: string;
  /** Sent as `X-API-KEY`. */
  readonly apiKey?: string;
  /** A `fetch` of your own. Default: the global `fetch` as it is at each request (so MSW, installed later, sees it). */
  readonly fetch?: typeof globalThis.fetch;
  /** Sent with every request; a function is called for every call. */
  readonly headers?: HeadersOption;
  /** Per attempt, in ms, answer body included. Default 30 000; `0` for none. */
  readonly timeout?: number;
  /** `false` turns retries off. */
  readonly retry?: RetryOptions | false;
  /**
   * Each call sends a new random `X-Request-Id`, the same on every retry of it, so both ends can
   * find the call in their logs; `false` sends none (a caller's own header or `requestId` still goes).
   */
  readonly requestId?: false;
  readonly hooks?: Hooks;
}

/** Options of one request; every other `RequestInit` field goes to `fetch` as it is. */
export interface RequestOptions<P extends ParseAs = ParseAs> extends FetchInit {
  readonly body?: RequestBody;
  /** Added to the client's, replacing those of the same name. */
  readonly headers?: HeadersOption;
  readonly query?: Query;
  /** Aborts the request, or a backoff wait, at once. A `TimeoutError` reason (`AbortSignal.timeout`) is a `timeout`. */
  readonly signal?: AbortSignal;
  readonly timeout?: number;
  /** Sent as `Idempotency-Key`: lets a POST or PATCH be retried. */
  readonly idempotencyKey?: string;
  /** This call's `X-Request-Id` (for a call that continues another's). */
  readonly requestId?: string;
  readonly retry?: RetryOptions | false;
  /** How a success body is read (error bodies are always read as the envelope). Default `json`. */
  readonly parseAs?: P;
}

/** A success answer in full. */
export interface ClientResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  /** The parsed body; `undefined` for 204. */
  readonly data: T;
  /** The `Location` of a 201. */
  readonly location: string | undefined;
}

/** A MonitorQA API client. Every method resolves with the body or rejects with an `ApiError` or a `TransportError`. */
export interface Client {
  request<T = unknown, P extends ParseAs = ParseAs>(
    method: string,
    path: string,
    options?: RequestOptions<P>,
  ): Promise<ClientResponse<Parsed<T, P>>>;
  get<T = unknown, P extends ParseAs = ParseAs>(path: string, options?: RequestOptions<P>): Promise<Parsed<T, P>>;
  post<T = unknown, P extends ParseAs = ParseAs>(
    path: string,
    body?: RequestBody,
    options?: RequestOptions<P>,
  ): Promise<Parsed<T, P>>;
  put<T = unknown, P extends ParseAs = ParseAs>(
    path: string,
    body?: RequestBody,
    options?: RequestOptions<P>,
  ): Promise<Parsed<T, P>>;
  patch<T = unknown, P extends ParseAs = ParseAs>(
    path: string,
    body?: RequestBody,
    options?: RequestOptions<P>,
  ): Promise<Parsed<T, P>>;
  delete<T = undefined, P extends ParseAs = ParseAs>(path: string, options?: RequestOptions<P>): Promise<Parsed<T, P>>;
  /**
   * A client with these options over this one's: headers merged (the new win), hooks appended.
   * @example const noRetries = api.extend({ retry: false });
   */
  extend(options: Partial<ClientOptions>): Client;
}

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  /** Text, or for a success read with `parseAs`, what it was read as. */
  readonly body: unknown;
}

/**
 * A client for the MonitorQA API.
 * @example
 * const api = createClient({ baseUrl: '/api', headers: async () => ({ authorization: `Bearer ${await token()}` }) });
 * try { await api.get('/monitors/42') } catch (err) { if (isApiError(err, 'RESOURCE_NOT_FOUND')) … }
 */
export function createClient(options: ClientOptions): Client {
  const {
    baseUrl,
    apiKey,
    fetch: ownFetch,
    headers: ownHeaders,
    timeout: ownTimeout = 30_000,
    retry: ownRetry,
    requestId: ids,
    hooks = {},
    ...ownInit
  } = options;
  const base = resolve(baseUrl);

  async function request(method: string, path: string, opts: RequestOptions = {}): Promise<ClientResponse<unknown>> {
    const {
      body: value,
      headers: callHeaders,
      query,
      signal,
      timeout = ownTimeout,
      idempotencyKey,
      requestId,
      retry: callRetry,
      parseAs,
      ...callInit
    } = opts;
    method = method.toUpperCase();
    if (value !== undefined && (method === 'GET' || method === 'HEAD'))
      throw new TypeError(`${method} cannot have a body.`);
    const url = base + (path.startsWith('/') ? path : `/${path}`) + toQueryString(query);
    const headers = await mergeHeaders(new Headers({ accept: 'application/json' }), [ownHeaders, callHeaders]);
    if (apiKey !== undefined) headers.set('x-api-key', apiKey);
    if (idempotencyKey !== undefined) headers.set('idempotency-key', idempotencyKey);
    const id = requestId ?? headers.get('x-request-id') ?? (ids === false ? undefined : randomId());
    if (id) headers.set('x-request-id', id);
    const body = toBody(value, headers);
    const init: HookRequest['init'] = { ...ownInit, ...callInit, method, headers, body };
    // A stream is read once: sent half-duplex (as fetch requires) and never retried.
    const stream = body instanceof ReadableStream;
    if (stream) (init as { duplex?: string }).duplex = 'half';
    const retry: RetryOptions = (!stream && (callRetry ?? ownRetry ?? {})) || { limit: 0 };
    const { limit = 2, budget = 30_000, maxDelay = 10_000 } = retry;
    const started = Date.now();
    const hasKey = headers.has('idempotency-key');

    // One try: the answer with its body read, or how it failed. Only a hook's own error throws.
    const attempt = async (req: HookRequest): Promise<Answer | TransportError> => {
      // `timeout: 0` turns the timer off; with no caller signal either, fetch then gets no signal at all.
      // The timer's signal is never cleared: it fires once, unref'd, on a signal no one listens to any more.
      const timer = timeout > 0 ? AbortSignal.timeout(timeout) : undefined;
      // The signal's reason tells a timeout (a `TimeoutError`: the timer's, or the caller's `AbortSignal.timeout`) from an abort.
      const fail = (cause: unknown): TransportError =>
        new TransportError(init.signal?.aborted ? abortKind(init.signal) : 'network', cause, id);
      for (const hook of hooks.beforeRequest ?? []) await hook(req);
      init.signal = timer && signal ? AbortSignal.any([signal, timer]) : (timer ?? signal);
      let res: Response;
      try {
        // Looked up now, not at creation: a client made at import time still meets the `fetch` MSW installs later.
        res = await (ownFetch ?? fetch)(url, init);
      } catch (cause) {
        return fail(cause);
      }
      for (const hook of hooks.afterResponse ?? []) res = (await hook(res, req)) ?? res;
      try {
        return { status: res.status, headers: res.headers, body: await readBody(res, parseAs) };
      } catch (cause) {
        return fail(cause);
      }
    };

    for (let n = 1; ; n++) {
      const answer = await attempt({ url, init, attempt: n });
      let failure: ApiError | TransportError | undefined;
      let data: unknown;
      if (isTransportError(answer)) failure = answer;
      else if (answer.status > 199 && answer.status < 300)
        try {
          data =
            parseAs && parseAs !== 'json'
              ? answer.body
              : parseSuccess(answer.status, answer.headers.get('content-type'), answer.body as string);
        } catch (error) {
          // A 2xx whose JSON is cut short counts as a 502, and is retried as one.
          failure = error as ApiError;
        }
      // A gateway's page echoes no id: the one sent is still the one to look for.
      else
        failure = readError(
          answer.status,
          answer.headers.get('retry-after'),
          answer.body as string,
          answer.headers.get('x-request-id') ?? id,
        );
      let retryIn: number | undefined;
      // Retries follow the contract's reading of the answer: a gateway's 504 is a 502, a 429 a 503.
      if (
        failure &&
        n <= limit &&
        isRetryable(method, hasKey, isTransportError(failure) ? failure.kind : failure.status)
      ) {
        // A client-read error holds `Retry-After` in seconds.
        // A TransportError has none.
        const wait = backoff(n - 1, (failure as ApiError).retryAfter as number | undefined, retry);
        // Never sooner than the server asked; asked for longer than we wait, give up now.
        if (wait <= maxDelay && Date.now() - started + wait <= budget) retryIn = Math.ceil(wait);
      }
      retry.onAttempt?.({
        attempt: n,
        method,
        url,
        outcome: isTransportError(answer) ? answer.kind : answer.status,
        retryIn,
      });
      if (!failure) {
        const { status, headers } = answer as Answer;
        return { status, headers, data, location: headers.get('location') ?? undefined };
      }
      if (retryIn === undefined) {
        for (const hook of hooks.beforeError ?? []) failure = ((await hook(failure)) ?? failure) as TransportError;
        throw failure;
      }
      await sleep(retryIn, signal, id);
    }
  }

  const data = async (method: string, path: string, opts?: RequestOptions, body?: RequestBody): Promise<never> =>
    (await request(method, path, body === undefined ? opts : { ...opts, body })).data as never;
  return {
    request: request as Client['request'],
    get: (path, opts) => data('GET', path, opts),
    post: (path, body, opts) => data('POST', path, opts, body),
    put: (path, body, opts) => data('PUT', path, opts, body),
    patch: (path, body, opts) => data('PATCH', path, opts, body),
    delete: (path, opts) => data('DELETE', path, opts),
    extend: (more) => createClient(mergeOptions(options, more)),
  };
}

/** `more` over `options`: headers merged (the new win), hooks appended, the rest replaced. */
export function mergeOptions(options: ClientOptions, more: Partial<ClientOptions>): ClientOptions {
  const hooks: Record<string, readonly unknown[]> = { ...options.hooks };
  for (const [name, list] of Object.entries(more.hooks ?? {}) as [string, unknown[]][])
    hooks[name] = [...(hooks[name] ?? []), ...list];
  return {
    ...options,
    ...more,
    hooks,
    headers: () => mergeHeaders(new Headers(), [options.headers, more.headers]),
  };
}

async function mergeHeaders(into: Headers, layers: (HeadersOption | undefined)[]): Promise<Headers> {
  for (const layer of layers)
    if (layer)
      new Headers(typeof layer === 'function' ? await layer() : layer).forEach((value, name) => {
        into.set(name, value);
      });
  return into;
}

// A path (`/api`) is the page's: resolved against `location` where there is one.
function resolve(baseUrl: string): string {
  try {
    return new URL(baseUrl, (globalThis as { location?: Location }).location?.href).href.replace(/\/+$/, '');
  } catch {
    throw new TypeError(`Not an absolute URL: ${baseUrl}`);
  }
}

// About 52 random bits: unique enough to find one call in two logs. Not `crypto.randomUUID`,
// which a page served over plain http (not localhost) lacks.
function randomId(): string {
  return Math.random().toString(36).slice(2);
}
