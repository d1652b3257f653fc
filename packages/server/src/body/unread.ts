// Form and multipart bodies belong to the parsers the app already has (multer, `express.urlencoded()`,
// Nest's and Koa's form parsers): the contract's JSON reader leaves them unread. A route that
// reads JSON must still refuse them with the documented 400, so the reader leaves a marker on
// `req.body` in their place: any parser that reads the body replaces it, and `validate()` (or
// `ContractValidationPipe`) finding it still there throws the refusal it carries.
import type { ApiError } from '@monitorqa/errors';

const FORM = /^\s*(?:multipart\/form-data|application\/x-www-form-urlencoded)\s*(?:;|$)/i;

/** Whether a content type is one the app's own form and upload parsers read. */
export function isFormType(contentType: string | undefined): boolean {
  return contentType !== undefined && FORM.test(contentType);
}

// Symbol.for: an ESM and a CJS copy of this package recognise each other's marker.
const REFUSAL = Symbol.for('@monitorqa/errors-server/unread body');

/**
 * What `req.body` holds while a form body waits for the app's parsers: an empty, frozen object
 * (to code that reads fields, a body with none) carrying the refusal a JSON route answers with.
 */
export function unreadBody(refusal: ApiError): object {
  return Object.freeze(Object.defineProperty(Object.create(null) as object, REFUSAL, { value: refusal }));
}

/** The refusal a body left unread carries, or `undefined` for any other value. */
export function refusalOf(value: unknown): ApiError | undefined {
  return typeof value === 'object' && value !== null
    ? ((value as Record<symbol, ApiError | undefined>)[REFUSAL] ?? undefined)
    : undefined;
}
