const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Whether a `Content-Type` is JSON (`application/json`, `application/*+json`). */
export function isJsonContentType(value: string | null | undefined): boolean {
  return typeof value === 'string' && JSON_MEDIA.test(value);
}
