/** Where the generated error-code docs are published. */
export const ERROR_CODES_DOCS_URL = 'https://github.com/monitorqa/errors/blob/main/docs/error-codes.md';

/**
 * The docs anchor of a code: its heading in `docs/error-codes.md`, or in a service's own page
 * (the one `monitorqa-errors gen` writes, where it is published: a catalog's `docsUrl`).
 * @example docsUrl('NOT_FOUND') // '…/docs/error-codes.md#not_found'
 * @example docsUrl('MONITOR_LIMIT_REACHED', 'https://docs.monitors.dev/errors') // '…/errors#monitor_limit_reached'
 */
export function docsUrl(code: string, page: string = ERROR_CODES_DOCS_URL): string {
  return `${page}#${code.toLowerCase()}`;
}
