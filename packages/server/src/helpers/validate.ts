import { CONTRACT_MESSAGES, apiError } from '@monitorqa/errors';
import { refusalOf } from '../body/unread.js';
import { pathOf, validationFailed } from '../core/foreign.js';

/** The Standard Schema v1 interface (https://standardschema.dev), copied as its authors intend, so no dependency is needed. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly { readonly message: string; readonly path?: readonly unknown[] | undefined }[] };

/**
 * Validates a request body or query with any Standard Schema validator (zod, valibot,
 * arktype), synchronously: it returns the value, no `await` needed. Invalid data throws
 * `VALIDATION_FAILED` (422) with one entry per failing field in `details`. A missing body
 * (`undefined`) is a `BAD_REQUEST` (400): the contract counts it as a malformed request, not as
 * invalid data. A form or multipart body that no parser of the app read is 400
 * `UNSUPPORTED_CONTENT_TYPE`, as on every adapter. A schema that validates asynchronously (an
 * async refinement) throws a `TypeError` naming `validateAsync`, whose promise says so in its type.
 * @example res.status(201).json(create(validate(MonitorInput, req.body)));
 */
export function validate<Output>(schema: StandardSchemaV1<unknown, Output>, value: unknown): Output {
  refuseUnread(value);
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) {
    // Its rejection, if any, is this error's: never an unhandled one.
    result.catch(() => undefined);
    throw new TypeError(
      'validate(): this schema validates asynchronously (an async refinement): use `await validateAsync(schema, value)`.',
    );
  }
  return valueOf(result);
}

/**
 * `validate` for a schema that validates asynchronously (an async refinement, a lookup): the same
 * answers, as a promise.
 * @example const input = await validateAsync(UniqueMonitorName, req.body);
 */
export async function validateAsync<Output>(
  schema: StandardSchemaV1<unknown, Output>,
  value: unknown,
): Promise<Output> {
  refuseUnread(value);
  return valueOf(await schema['~standard'].validate(value));
}

function refuseUnread(value: unknown): void {
  if (value === undefined) throw apiError('BAD_REQUEST', { message: CONTRACT_MESSAGES.noBody });
  // A form body no parser of the app read: this route reads JSON, so the body's type is refused.
  const refusal = refusalOf(value);
  if (refusal !== undefined) throw refusal;
}

function valueOf<Output>(result: StandardResult<Output>): Output {
  if (result.issues === undefined) return result.value;
  throw validationFailed(result.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message })));
}
