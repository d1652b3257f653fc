const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Whether a `Content-Type` is JSON: `application/json` or any `application/*+json`
 * (`application/problem+json` included), parameters allowed.
 * @example isJsonMediaType('application/problem+json; charset=utf-8') // true
 */
export function isJsonMediaType(contentType: string | null | undefined): boolean {
  return typeof contentType === 'string' && JSON_MEDIA.test(contentType);
}
