/**
 * The statuses that `contract/status-codes.md` documents, with the policy each one carries.
 * Every other status list in the repo is derived from this table.
 */
export const STATUSES = {
  /** Request successful. */
  200: { reason: 'OK', class: 'success', hasBody: true, retryable: false, exposeMessage: true },
  /** Resource created successfully. */
  201: { reason: 'Created', class: 'success', hasBody: true, retryable: false, exposeMessage: true },
  /** Request successful, no content to return. */
  204: { reason: 'No Content', class: 'success', hasBody: false, retryable: false, exposeMessage: true },
  /** Invalid request format or parameters. */
  400: { reason: 'Bad Request', class: 'client-error', hasBody: true, retryable: false, exposeMessage: true },
  /** Authentication required or invalid. */
  401: { reason: 'Unauthorized', class: 'client-error', hasBody: true, retryable: false, exposeMessage: true },
  /** Access denied. */
  403: { reason: 'Forbidden', class: 'client-error', hasBody: true, retryable: false, exposeMessage: true },
  /** Resource not found. */
  404: { reason: 'Not Found', class: 'client-error', hasBody: true, retryable: false, exposeMessage: true },
  /** Resource conflict. */
  409: { reason: 'Conflict', class: 'client-error', hasBody: true, retryable: false, exposeMessage: true },
  /** Validation errors. */
  422: { reason: 'Unprocessable Entity', class: 'client-error', hasBody: true, retryable: false, exposeMessage: true },
  /** Unexpected server error: the message never reaches the client. */
  500: { reason: 'Internal Server Error', class: 'server-error', hasBody: true, retryable: false, exposeMessage: false },
  /** Gateway error: temporary, retry. */
  502: { reason: 'Bad Gateway', class: 'server-error', hasBody: true, retryable: true, exposeMessage: false },
  /** Service temporarily unavailable: retry after a delay. */
  503: { reason: 'Service Unavailable', class: 'server-error', hasBody: true, retryable: true, exposeMessage: false },
} as const;

/** A status the contract documents. */
export type Status = keyof typeof STATUSES;
/** A documented status class. */
export type StatusClass = (typeof STATUSES)[Status]['class'];
/** A documented success status (2xx). */
export type SuccessStatus = { [S in Status]: (typeof STATUSES)[S]['class'] extends 'success' ? S : never }[Status];
/** A documented error status (4xx and 5xx): the only statuses an error code may map onto. */
export type ErrorStatus = Exclude<Status, SuccessStatus>;
/** Policy of one documented status. */
export type StatusInfo = (typeof STATUSES)[Status];

/** Every documented status, ascending. */
export const STATUS_LIST: readonly Status[] = /* @__PURE__ */ Object.keys(STATUSES).map(Number) as Status[];
/** Every documented error status, ascending. */
export const ERROR_STATUS_LIST: readonly ErrorStatus[] = /* @__PURE__ */ STATUS_LIST.filter(
  (s): s is ErrorStatus => STATUSES[s].class !== 'success',
);

/**
 * Whether `value` is a status the contract documents.
 * @example isDocumentedStatus(418) // false
 */
export function isDocumentedStatus(value: unknown): value is Status {
  return typeof value === 'number' && Object.hasOwn(STATUSES, value);
}

/**
 * Whether `value` is a documented error status (4xx/5xx).
 * @example isErrorStatus(404) // true
 */
export function isErrorStatus(value: unknown): value is ErrorStatus {
  return isDocumentedStatus(value) && STATUSES[value].class !== 'success';
}

/**
 * Whether the contract says a request that got this status may be retried (502, 503).
 * @example isRetryableStatus(503) // true
 */
export function isRetryableStatus(status: number): boolean {
  return isDocumentedStatus(status) && STATUSES[status].retryable;
}
