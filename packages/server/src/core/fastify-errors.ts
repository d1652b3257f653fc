// Fastify's own error codes, in one place: the Fastify adapter and NestJS on Fastify both
// answer them here. Some need what only the request knows (its route's body limit, its
// content type), given as context by the adapter.
import { apiError, type ApiError } from '@monitorqa/errors';
import { bodyPolicyError, payloadTooLarge } from '../body/policy.js';
import { withCause } from './foreign-errors.js';
import { malformedPath } from './route.js';

/** What an adapter knows of the request that a foreign error's answer may need. */
export interface ForeignContext {
  /** The body limit of the route, said in `PAYLOAD_TOO_LARGE`'s `details.limit`. */
  readonly bodyLimit?: number | undefined;
  readonly contentType?: string | undefined;
  readonly contentEncoding?: string | undefined;
}

const EXPECTED = { expected: 'application/json' } as const;

/** The `ApiError` of one of Fastify's `FST_ERR_*` codes, or `undefined` for a code it does not know. */
export function fromFastify(e: object, code: string, context: ForeignContext): ApiError | undefined {
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return apiError('MALFORMED_JSON', { cause: e });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return withCause(
        context.bodyLimit === undefined ? apiError('PAYLOAD_TOO_LARGE') : payloadTooLarge(context.bodyLimit),
        e,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
      const refused = bodyPolicyError({ contentType: context.contentType, contentEncoding: context.contentEncoding });
      return withCause(refused ?? apiError('UNSUPPORTED_CONTENT_TYPE', { details: EXPECTED }), e);
    }
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return apiError('MALFORMED_REQUEST', { cause: e });
    case 'FST_ERR_BAD_URL':
      return withCause(malformedPath(), e);
    default:
      return undefined;
  }
}
