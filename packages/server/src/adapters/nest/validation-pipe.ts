import {
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError,
  type ValidationPipeOptions,
} from '@nestjs/common';
import { CONTRACT_MESSAGES, apiError, isApiError } from '@monitorqa/errors';
import { refusalOf } from '../../body/unread.js';
import { validationFailed } from '../../core/foreign.js';

/**
 * Nest's `ValidationPipe` (class-validator, the same options) answering as the contract
 * says: an invalid body is 422 `VALIDATION_FAILED` with every failing field (`"address.city"`),
 * an invalid query or route parameter is 400 `INVALID_PARAMETER`, a missing body is 400
 * `BAD_REQUEST`, as `validate()` answers on every adapter.
 * @example app.useGlobalPipes(new ContractValidationPipe({ whitelist: true, transform: true }))
 */
export class ContractValidationPipe extends ValidationPipe {
  constructor(options: Omit<ValidationPipeOptions, 'exceptionFactory'> = {}) {
    super({ ...options, exceptionFactory: (errors) => validationFailed(issuesOf(errors)) });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (
      value === undefined &&
      metadata.type === 'body' &&
      metadata.metatype !== undefined &&
      this.toValidate(metadata)
    ) {
      throw apiError('BAD_REQUEST', { message: CONTRACT_MESSAGES.noBody });
    }
    // A form or multipart body no parser of the app read (no FileInterceptor, no form parser): refused as on every adapter.
    const refusal = metadata.type === 'body' ? refusalOf(value) : undefined;
    if (refusal !== undefined) throw refusal;
    try {
      return (await super.transform(value, metadata)) as unknown;
    } catch (error) {
      // The contract: an invalid parameter value is 400, invalid data 422.
      if (metadata.type !== 'body' && isApiError(error, 'VALIDATION_FAILED')) {
        const [field, messages] = Object.entries(error.details)[0] ?? ['', []];
        throw apiError('INVALID_PARAMETER', {
          cause: error,
          details: { parameter: metadata.data ?? field, reason: messages[0] ?? 'is invalid' },
        });
      }
      throw error;
    }
  }
}

function issuesOf(errors: readonly ValidationError[], parent = ''): { path: string; message: string }[] {
  return errors.flatMap((error) => {
    const path = parent === '' ? error.property : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...issuesOf(error.children ?? [], path)];
  });
}
