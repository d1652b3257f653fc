import type { SuccessStatus } from '@monitorqa/errors';

/** A framework-neutral response: what every adapter sends. `body` is serialised already. */
export interface ApiResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
}

/** A success response of the contract. */
export interface SuccessResponse extends ApiResponse {
  readonly status: SuccessStatus;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * 200 with a JSON body.
 * @example return ok({ monitors })
 */
export function ok(body: unknown, headers: Readonly<Record<string, string>> = {}): SuccessResponse {
  return { status: 200, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

/**
 * 201 with the created resource and, optionally, its `Location`.
 * @example return created(monitor, { location: `/monitors/${monitor.id}` })
 */
export function created(body: unknown, options: { readonly location?: string } = {}): SuccessResponse {
  const headers: Record<string, string> = { 'content-type': JSON_TYPE };
  if (options.location !== undefined) headers.location = options.location;
  return { status: 201, headers, body: JSON.stringify(body) };
}

/**
 * 204: no body and no content type, as the contract says.
 * @example return noContent()
 */
export function noContent(): SuccessResponse {
  return { status: 204, headers: {}, body: null };
}
