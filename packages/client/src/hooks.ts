import type { ApiError } from '@monitorqa/errors';
import type { TransportError } from './transport-error.js';

/**
 * One attempt as the hooks see it: `init.headers` can be changed before it is sent. They are a record
 * whose names are in lower case (`init.headers.authorization = …`), as `fetch` takes them.
 */
export interface HookRequest {
  readonly url: string;
  readonly init: RequestInit & { headers: Record<string, string> };
  /** 1, then 2 for the first retry, and so on. */
  readonly attempt: number;
}

/**
 * ky's hooks, the fewest that cover them: each list runs in order, `extend()` appends to it.
 * A hook that throws rejects the call with its error, never as a retried network failure.
 */
export interface Hooks {
  /** Before every attempt (ky's `beforeRequest` and `beforeRetry`): set a header, log. */
  readonly beforeRequest?: readonly ((request: HookRequest) => void | Promise<void>)[];
  /**
   * After every answer, before it is read: return another `Response` to read that one instead,
   * e.g. the same request sent again with a fresh token after a 401.
   */
  readonly afterResponse?: readonly ((
    response: Response,
    request: HookRequest,
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a hook that returns nothing keeps the answer
  ) => Response | void | Promise<Response | void>)[];
  /** Every error the call is about to reject with: return another to reject with that instead. */
  readonly beforeError?: readonly ((error: ApiError | TransportError) => unknown)[];
}
