import { ApiError, isBrandedApiError, type ApiErrorInit } from './api-error.js';
import { isCodeLike } from './code-form.js';
import { BASE_CODES, type CodeDefinition } from './codes.js';
import { docsUrl } from './docs-url.js';
import type { AnyDetails } from './details.js';
import { isErrorStatus, type ErrorStatus } from './status.js';

/** A table of code definitions. */
export type CodeDefinitions = Readonly<Record<string, CodeDefinition>>;
/** The codes of a definitions table. */
export type CodeOf<Defs extends CodeDefinitions> = keyof Defs & string;
/** The details type a code declares (a Standard Schema validator's output type), or any JSON object when it declares none. */
export type DetailsOf<Defs extends CodeDefinitions, C extends CodeOf<Defs>> = Defs[C] extends {
  readonly details: infer D;
}
  ? StandardOutput<D>
  : AnyDetails;
type StandardOutput<D> = D extends {
  readonly '~standard': { readonly types?: { readonly output: infer O } | undefined };
}
  ? O
  : D;
/**
 * The `init` argument of creating an error of a code: optional, unless the code's `details`
 * declares required keys; then `init.details` is required (`apiError('RESOURCE_NOT_FOUND')`
 * does not compile, since its `details.id` would be `undefined` at run time).
 */
export type InitArgs<D> =
  // eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- the empty object is the point: "can {} stand for D" is "has D no required keys"
  Record<never, never> extends D ? [init?: ApiErrorInit<D>] : [init: ApiErrorInit<D> & { readonly details: D }];
/** An `ApiError` of one of the given codes, discriminated by `code` so a `switch` narrows `details`. */
export type ApiErrorOf<Defs extends CodeDefinitions, C extends CodeOf<Defs> = CodeOf<Defs>> = {
  [K in C]: ApiError<K, DetailsOf<Defs, K>>;
}[C];

/** A catalog of codes: the base contract's, or a service's extension of it. */
export interface ErrorCatalog<Defs extends CodeDefinitions> {
  /** Every code's definition. */
  readonly definitions: Defs;
  /** Every code, in definition order. */
  readonly codes: readonly CodeOf<Defs>[];
  /** Whether `value` is a code of this catalog. */
  has(value: unknown): value is CodeOf<Defs>;
  /** The status a code maps onto. */
  statusOf(code: CodeOf<Defs>): ErrorStatus;
  /** The codes that map onto a status, general code first. */
  codesFor(status: ErrorStatus): readonly CodeOf<Defs>[];
  /** Creates the error of a code, with defaults from the catalog. */
  create<C extends CodeOf<Defs>>(code: C, ...init: InitArgs<DetailsOf<Defs, C>>): ApiErrorOf<Defs, C>;
  /** Whether `value` is an `ApiError`, optionally of one code; narrows `details`. */
  is<C extends CodeOf<Defs> = CodeOf<Defs>>(value: unknown, code?: C): value is ApiErrorOf<Defs, C>;
  /** The service that owns the catalog's own codes (AIP-193's `domain`), when it says. */
  readonly domain?: string;
  /** The page documenting the catalog's own codes, when it says: their RFC 9457 `type` links to it. */
  readonly docsUrl?: string;
  /** A catalog with more codes, and this one's `domain` unless `options` gives another. Throws if a code is already defined. */
  extend<const Extra extends CodeDefinitions>(
    extra: Extra & NoRedefinition<Defs, Extra>,
    options?: CatalogOptions,
  ): ErrorCatalog<Defs & Extra>;
}

/** What code that works with any catalog (docs, schemas, adapters) needs of it. */
export type AnyErrorCatalog = Pick<
  ErrorCatalog<CodeDefinitions>,
  'definitions' | 'codes' | 'has' | 'statusOf' | 'codesFor' | 'domain' | 'docsUrl'
>;

/** Makes a redefined code a type error; `extend` also rejects it at run time. */
export type NoRedefinition<Defs, Extra> = { readonly [K in keyof Extra & keyof Defs]: never };

// Everything a catalog knows lives in the object `build` returns: no registry shared between
// catalogs decides what goes on the wire (a gateway that imports two services' catalogs gets
// each one's own messages).
function build<Defs extends CodeDefinitions>(definitions: Defs, options: CatalogOptions): ErrorCatalog<Defs> {
  type Code = CodeOf<Defs>;
  const codes = Object.keys(definitions) as Code[];
  const byStatus = new Map<ErrorStatus, Code[]>();
  for (const code of codes) {
    const { status } = definitions[code]!;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const domain = checkDomain(options.domain);
  const page = checkDocsUrl(options.docsUrl);
  const catalog: ErrorCatalog<Defs> = {
    definitions,
    codes,
    has: (value): value is Code => typeof value === 'string' && Object.hasOwn(definitions, value),
    statusOf: (code) => definitions[code]!.status,
    codesFor: (status) => byStatus.get(status) ?? [],
    create: ((code: Code, init: ApiErrorInit<unknown> = {}) => {
      const { status, message } = definitions[code]!;
      // Spelled out, not spread: a spread init costs more than the error itself (measured in `pnpm bench`).
      const error = new ApiError(code, {
        status,
        message: init.message ?? message,
        details: init.details,
        retryAfter: init.retryAfter,
        cause: init.cause,
        expose: init.expose,
        // This catalog's words for the code, shown when the message is hidden (a 5xx).
        publicMessage: message,
        captureStack: init.captureStack,
        response: init.response,
      });
      // The catalog's own codes point at its own docs; the base codes keep the contract's.
      return page === undefined || Object.hasOwn(BASE_CODES, code)
        ? error
        : Object.defineProperty(error, 'docsUrl', { value: docsUrl(code, page) });
    }) as ErrorCatalog<Defs>['create'],
    is: (value, code): value is never => isBrandedApiError(value, code),
    // The generic signature lives on the interface; here the table is just merged.
    extend: ((extra: CodeDefinitions, more?: CatalogOptions) =>
      build(merge(definitions, extra), { ...options, ...more })) as ErrorCatalog<Defs>['extend'],
  };
  if (domain !== undefined) Object.assign(catalog, { domain });
  if (page !== undefined) Object.assign(catalog, { docsUrl: page });
  return Object.freeze(catalog);
}

function merge<Defs extends CodeDefinitions, Extra extends CodeDefinitions>(defs: Defs, extra: Extra): Defs & Extra {
  const merged: Record<string, CodeDefinition> = { ...defs };
  for (const [code, definition] of Object.entries(extra)) {
    const where = `defineErrorCatalog: code "${code}"`;
    if (Object.hasOwn(defs, code)) {
      const existing = defs[code]!.status;
      throw new TypeError(
        existing === definition.status
          ? `${where} is already defined (${existing}); pick a new name or use the existing code.`
          : `${where} is already defined with status ${existing}; mapping it onto ${definition.status} would change the contract.`,
      );
    }
    if (!isCodeLike(code)) throw new TypeError(`${where} must be UPPER_SNAKE_CASE.`);
    if (!isErrorStatus(definition.status)) {
      throw new TypeError(`${where} maps onto ${String(definition.status)}, which is not a documented error status.`);
    }
    if (typeof definition.message !== 'string' || definition.message === '') {
      throw new TypeError(`${where} needs a default message.`);
    }
    Object.defineProperty(merged, code, { value: definition, enumerable: true });
  }
  return Object.freeze(merged) as Defs & Extra;
}

/** The base contract's catalog. */
export const errorCatalog: ErrorCatalog<typeof BASE_CODES> = /* @__PURE__ */ build(BASE_CODES, {});

/** Options of `defineErrorCatalog`. */
export interface CatalogOptions {
  /**
   * The service that owns these codes, as a DNS-like name (`monitors.monitorqa.dev`): with it,
   * two services that define the same code differently are told apart when their snapshots
   * are compared (`monitorqa-errors check --against`).
   */
  readonly domain?: string;
  /**
   * The published page documenting the service's own codes (the `error-codes.md` that
   * `monitorqa-errors gen` writes), as an absolute http(s) URL: a code of the catalog's own gets
   * `${docsUrl}#${code in lower case}` as its RFC 9457 `type` (and its docs link on that page);
   * the base codes keep the contract's page.
   */
  readonly docsUrl?: string;
}

/**
 * A service's catalog: the base codes plus its own. Each new code must map onto a
 * documented error status; redefining a code is a type error and throws.
 * @example
 * export const catalog = defineErrorCatalog({
 *   MONITOR_LIMIT_REACHED: { status: 409, message: 'The monitor limit is reached.', details: details<{ limit: number }>() },
 * }, { domain: 'monitors.monitorqa.dev' });
 * throw catalog.create('MONITOR_LIMIT_REACHED', { details: { limit: 50 } });
 */
export function defineErrorCatalog<const Extra extends CodeDefinitions>(
  extra: Extra & NoRedefinition<typeof BASE_CODES, Extra>,
  options: CatalogOptions = {},
): ErrorCatalog<typeof BASE_CODES & Extra> {
  return errorCatalog.extend<Extra>(extra, options);
}

function checkDocsUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  if (typeof url !== 'string' || !/^https?:\/\/[^\s#]+$/.test(url)) {
    throw new TypeError(
      `defineErrorCatalog: docsUrl "${url}" must be an absolute http(s) URL without a fragment, such as "https://docs.monitors.example.com/errors".`,
    );
  }
  return url;
}

function checkDomain(domain: string | undefined): string | undefined {
  if (domain === undefined) return undefined;
  if (typeof domain !== 'string' || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(domain)) {
    throw new TypeError(
      `defineErrorCatalog: domain "${domain}" must be a lowercase DNS-like name, such as "monitors.example.com".`,
    );
  }
  return domain;
}
