import type { ApiError } from '@monitorqa/errors';
import { toBody, type RequestBody } from './body.js';
import type { HookRequest, Hooks } from './hooks.js';
import { timer } from './internal/timer.js';
import { readBody, type ParseAs, type Parsed } from './parse-as.js';
import { parseSuccess } from './parse-response.js';
import { toQueryString, type Query } from './query.js';
import { backoff, isRetryable, type RetryOptions } from './retry.js';
import { readError } from './to-api-error.js';
import { TransportError, abortKind, type TransportErrorKind } from './transport-error.js';

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
  /**
   * Per attempt, in ms, answer body included (a `stream` answer's too, as it is read). None by default, as
   * with `fetch`: a timer and a signal per attempt cost 9 to 13% more CPU instructions per request in Node
   * (apps/bench `client-instructions`), though each is cleared when the attempt ends. `0` is none.
   */
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
    timeout: ownTimeout = 0,
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
      parseAs = 'json',
      ...callInit
    } = opts;
    method = method.toUpperCase();
    if (value !== undefined && (method === 'GET' || method === 'HEAD'))
      throw new TypeError(`${method} cannot have a body.`);
    const url = base + (path[0] === '/' ? '' : '/') + path + toQueryString(query);
    // A record, not `Headers`: fetch reads it as cheaply as an object literal (a `Headers` cost 1.3% of a request).
    const headers = await mergeHeaders({ accept: 'application/json' }, [ownHeaders, callHeaders]);
    if (apiKey !== undefined) headers['x-api-key'] = apiKey;
    if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
    const id =
      requestId ?? headers['x-request-id'] ?? (ids === false ? undefined : Math.random().toString(36).slice(2));
    // About 52 random bits: unique enough to find one call in two logs. Not `crypto.randomUUID`,
    // which a page served over plain http (not localhost) lacks.
    if (id) headers['x-request-id'] = id;
    const body = toBody(value, headers);
    // `duplex: 'half'` is what fetch requires of a stream body, and allows (or ignores) with any other.
    const init: HookRequest['init'] = {
      ...ownInit,
      ...callInit,
      method,
      headers,
      body,
      duplex: 'half',
    } as RequestInit & HookRequest['init'];
    // A stream is read once: never retried.
    const stream = body instanceof ReadableStream;
    const retry: RetryOptions = (!stream && (callRetry ?? ownRetry ?? {})) || { limit: 0 };
    const { limit = 2, budget = 30_000, baseDelay = 200, maxDelay = 10_000 } = retry;
    const started = Date.now();
    const hasKey = 'idempotency-key' in headers;
    // A success read as it is (`parseAs` other than JSON), not parsed.
    const raw = parseAs !== 'json';

    for (let n = 1; ; n++) {
      const req: HookRequest = { url, init, attempt: n };
      for (const hook of hooks.beforeRequest ?? []) await hook(req);
      let failure: ApiError | TransportError | undefined;
      // A controller per attempt, its timer cleared and the caller's signal let go when the attempt ends:
      // `AbortSignal.timeout` would leave a timer per request for its whole length, and `AbortSignal.any`
      // ties each request to a long-lived caller signal (Node 20 keeps every one: measured in apps/bench).
      // No timeout and no caller signal make none: fetch then gets no signal at all.
      const controller = timeout > 0 || signal ? new AbortController() : undefined;
      // What an abort of fetch or of the body means: the timer's is a timeout, the caller's is an abort
      // unless its reason is a `TimeoutError` (`AbortSignal.timeout`).
      let kind: TransportErrorKind = 'network';
      const stop =
        controller &&
        timer(
          timeout > 0 ? timeout : undefined,
          signal,
          () => {
            kind = 'timeout';
            controller.abort();
          },
          () => {
            controller.abort(signal!.reason);
            kind = abortKind(signal!);
          },
        );
      // fetch failed, or the body did: no answer. A hook's own error is not caught: it rejects the call.
      const fail = (cause: unknown): undefined => {
        failure = new TransportError(kind, cause, id);
      };
      init.signal = controller?.signal;
      let res: Response | undefined;
      let body: unknown;
      try {
        // Looked up now, not at creation: a client made at import time still meets the `fetch` MSW installs later.
        res = await (ownFetch ?? fetch)(url, init).catch(fail);
        if (res) {
          for (const hook of hooks.afterResponse ?? []) res = (await hook(res, req)) ?? res;
          body = await readBody(res, raw && parseAs).catch(fail);
        }
      } finally {
        // A stream is read after the call returns: the timeout and the caller's signal still hold for it.
        if (parseAs !== 'stream') stop?.();
      }
      let data: unknown;
      if (!failure)
        if (res!.ok)
          try {
            data = raw ? body : parseSuccess(res!, body as string);
          } catch (error) {
            // A 2xx whose JSON is cut short counts as a 502, and is retried as one.
            failure = error as ApiError;
          }
        else failure = readError(res!.status, res!.headers, body as string, id);
      // A TransportError's kind; an ApiError has none.
      const failed = (failure as Partial<TransportError> | undefined)?.kind;
      let retryIn: number | undefined;
      // Retries follow the contract's reading of the answer: a gateway's 504 is a 502, a 429 a 503.
      if (failure && n <= limit && isRetryable(method, hasKey, failed ?? (failure as ApiError).status)) {
        // A client-read error holds `Retry-After` in seconds.
        // A TransportError has none.
        const wait = backoff(n - 1, (failure as ApiError).retryAfter as number | undefined, baseDelay, maxDelay);
        // Never sooner than the server asked; asked for longer than we wait, give up now.
        if (wait !== undefined && Date.now() - started + wait <= budget) retryIn = wait;
      }
      retry.onAttempt?.({ attempt: n, method, url, outcome: failed ?? res!.status, retryIn });
      if (!failure) {
        const { status, headers } = res!;
        return { status, headers, data, location: headers.get('location') ?? undefined };
      }
      if (retryIn !== undefined) {
        // The backoff wait; the caller's abort ends it at once, and the call with it.
        let stop!: () => void;
        await new Promise<void>((done) => (stop = timer(retryIn, signal, done, done)));
        stop();
        if (!signal?.aborted) continue;
        failure = new TransportError(abortKind(signal), signal.reason, id);
      }
      for (const hook of hooks.beforeError ?? []) failure = ((await hook(failure)) ?? failure) as TransportError;
      throw failure;
    }
  }

  // The shortcuts resolve with the body alone; POST, PUT and PATCH take it second.
  const call =
    (method: string, withBody?: boolean) =>
    async (path: string, body?: unknown, opts?: RequestOptions): Promise<never> =>
      (await request(method, path, withBody ? { ...opts, body: body as RequestBody } : (body as RequestOptions)))
        .data as never;
  return {
    request: request as Client['request'],
    get: call('GET'),
    post: call('POST', true),
    put: call('PUT', true),
    patch: call('PATCH', true),
    delete: call('DELETE'),
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
    headers: () => mergeHeaders({}, [options.headers, more.headers]),
  };
}

/** The layers over `into`, later ones winning, names in lower case (as `Headers` gives them). */
async function mergeHeaders(
  into: Record<string, string>,
  layers: (HeadersOption | undefined)[],
): Promise<Record<string, string>> {
  for (const layer of layers)
    if (layer)
      new Headers(typeof layer === 'function' ? await layer() : layer).forEach((value, name) => {
        into[name] = value;
      });
  return into;
}

// A path (`/api`) is the page's: resolved against `location` where there is one (a `Location` is read as its
// `href`, as a `URL` is).
function resolve(baseUrl: string): string {
  try {
    return new URL(baseUrl, (globalThis as unknown as { location?: URL }).location).href.replace(/\/+$/, '');
  } catch {
    throw new TypeError(`Not an absolute URL: ${baseUrl}`);
  }
}
