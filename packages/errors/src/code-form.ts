const CODE_FORM = /^[A-Z][A-Z0-9_]*$/;

/**
 * Whether `value` has the form of an error code: an UPPER_SNAKE string.
 * @example isCodeLike('NOT_FOUND') // true
 */
export function isCodeLike(value: unknown): value is string {
  return typeof value === 'string' && CODE_FORM.test(value);
}
