// What binding a handler to its route declaration adds: the answer's code checked against the codes the
// route may answer. Computed once per route at binding, read only on the error path.
import { routeCodes, type AnyRoute } from '@monitorqa/errors';
import type { ForeignContext } from '../core/foreign.js';
import { toWire } from '../core/wire.js';

/** Options of binding a handler to its route declaration, on every adapter. */
export interface RouteOptions {
  /**
   * Called when a bound handler answers a code its route does not declare (nor the universal ones,
   * nor a general code). The answer still goes out as the contract says; its own errors are swallowed.
   */
  readonly onUndeclaredError?: ((error: unknown, info: UndeclaredInfo) => void) | undefined;
  /**
   * For tests: an undeclared code is a failure. The answer becomes the contract's 500, and
   * `onServerError` gets an `UndeclaredError` naming the route and the code, the original as its `cause`.
   */
  readonly strict?: boolean | undefined;
}

/** What `onUndeclaredError` learns besides the value thrown. */
export interface UndeclaredInfo {
  /** The route's name in its declaration (`getMonitor`). */
  readonly route: string;
  readonly method: string;
  /** The route's declared path (`/monitors/:id`). */
  readonly path: string;
  /** The code the answer carries, and its status. */
  readonly code: string;
  readonly status: number;
}

/** What a bound handler throws in strict mode for a code its route does not declare: a 500, never sent as such. */
export class UndeclaredError extends Error {
  declare readonly info: UndeclaredInfo;
  constructor(info: UndeclaredInfo, cause: unknown) {
    super(
      `${info.method} ${info.path} (${info.route}) answered ${info.code} (${String(info.status)}), which its declaration does not list: declare it or answer another code.`,
      { cause },
    );
    this.name = 'UndeclaredError';
    Object.defineProperty(this, 'info', { value: info, enumerable: true });
  }
}

/**
 * The check of one bound route: given what its handler threw, returns what to answer with (the value
 * itself, or in strict mode an `UndeclaredError`) and reports an undeclared code.
 */
export function answerCheck(
  route: AnyRoute,
  options: RouteOptions = {},
): (thrown: unknown, context?: ForeignContext) => unknown {
  const codes = new Set(routeCodes(route));
  const { onUndeclaredError, strict = false } = options;
  return (thrown, context) => {
    const { code, status } = toWire(thrown, context);
    if (codes.has(code)) return thrown;
    const info: UndeclaredInfo = { route: route.name, method: route.method, path: route.path, code, status };
    try {
      onUndeclaredError?.(thrown, info);
    } catch {
      // A failing reporter must not change the answer.
    }
    return strict ? new UndeclaredError(info, thrown) : thrown;
  };
}
