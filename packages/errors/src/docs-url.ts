/** Where the generated error-code docs are published. */
export const ERROR_CODES_DOCS_URL = 'https://github.com/monitorqa/errors/blob/main/docs/error-codes.md';

/**
 * The docs anchor of a code: its heading in `docs/error-codes.md`.
 * @example docsUrl('NOT_FOUND') // '…/docs/error-codes.md#not_found'
 */
export function docsUrl(code: string): string {
  return `${ERROR_CODES_DOCS_URL}#${code.toLowerCase()}`;
}
