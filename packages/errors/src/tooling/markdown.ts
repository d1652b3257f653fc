import type { AnyErrorCatalog } from '../catalog.js';
import { BASE_CODES } from '../codes.js';
import { docsUrl } from '../docs-url.js';
import { ERROR_STATUS_LIST, STATUSES } from '../status.js';
import { describeCode, detailsSchemaOf } from './json-schema.js';

/** Options of `toCodesMarkdown`. */
export interface CodesMarkdownOptions {
  /** The page's first lines (a heading, a generated-file notice). */
  readonly header?: string;
  /** A code's docs page; by default the base codes link to the contract's, the catalog's own to its `docsUrl`. */
  readonly docsUrl?: (code: string) => string | undefined;
}

/**
 * The error codes page of a catalog: every code grouped by the status it maps onto, with its
 * description, status, default message, details shape (when known at run time) and docs link.
 * @example writeFileSync('docs/error-codes.md', toCodesMarkdown(catalog, { header: '# Monitors service errors\n\n' }))
 */
export function toCodesMarkdown(catalog: AnyErrorCatalog, options: CodesMarkdownOptions = {}): string {
  const own = catalog.docsUrl;
  const link =
    options.docsUrl ??
    ((code: string) =>
      Object.hasOwn(BASE_CODES, code) ? docsUrl(code) : own === undefined ? undefined : docsUrl(code, own));
  const sections = ERROR_STATUS_LIST.flatMap((status) => {
    const codes = catalog.codesFor(status).map((code) => {
      const { message } = catalog.definitions[code]!;
      const details = detailsSchemaOf(code, catalog);
      const shape = details === undefined ? '' : `- Details: \`${JSON.stringify(details)}\` (JSON Schema)\n`;
      const url = link(code);
      return `### ${code}\n\n${describeCode(catalog, code)}\n\n- Status: \`${status} ${STATUSES[status].reason}\`\n- Default message: "${message}"\n${shape}${url === undefined ? '' : `- Docs: ${url}\n`}`;
    });
    return codes.length === 0 ? [] : [`## ${status} ${STATUSES[status].reason}\n\n${codes.join('\n')}`];
  });
  const header =
    options.header ??
    '# Error codes\n\nThe machine-readable `error.code` values, grouped by the status they map onto.\n\n';
  return header + sections.join('\n');
}
