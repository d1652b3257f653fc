// Where a service's catalog is: one rule for every tool that reads it (the ESLint plugin parses it,
// `monitorqa-errors` runs it), so one config names the same file for both. Pure: each tool does
// its own reading of the disk, this only says which files to look at.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `monitorqa` field of a service's package.json. */
export interface CatalogConfig {
  /** The module that defines the catalog, from the folder of the package.json that names it. */
  readonly catalog: string;
  /** The catalog's export name, for a module that exports more than one. */
  readonly export?: string;
}

/** A catalog a config points at. */
export interface CatalogLocation {
  /** The path as the config wrote it, for messages. */
  readonly path: string;
  /** The files it may be, in the order they are tried: the first that exists is the catalog. */
  readonly files: readonly string[];
  /** The export to read, when the config names one. */
  readonly exportName: string | undefined;
}

// A path may leave out its extension, as an import does; `.json` is a `{ CODE: status }` file.
const EXTENSIONS = ['', '.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '/index.ts', '/index.js'];

/**
 * The files a catalog path may name, tried in order: an absolute path or a `file:` URL as it is,
 * a relative one from `folder`; each as written, then with each extension an import could leave out.
 * @example catalogFiles('src/errors', '/repo/services/monitors') // ['/repo/services/monitors/src/errors', '…/src/errors.ts', …]
 */
export function catalogFiles(path: string, folder: string): string[] {
  const file = path.startsWith('file:') ? fileURLToPath(path) : isAbsolute(path) ? path : resolve(folder, path);
  return EXTENSIONS.map((ext) => file + ext);
}

/**
 * The catalog a package.json names in its `monitorqa` field (`{ "catalog": "src/errors.ts", "export": "catalog" }`),
 * its path taken from `folder`, the package.json's own; `undefined` when it names none. Throws on a
 * field that is there but malformed, so a typo is said rather than silently ignored.
 * @example catalogFromPackageJson(JSON.parse(readFileSync(file, 'utf8')), dirname(file))
 */
export function catalogFromPackageJson(packageJson: unknown, folder: string): CatalogLocation | undefined {
  const field: unknown =
    typeof packageJson === 'object' && packageJson !== null
      ? (packageJson as { monitorqa?: unknown }).monitorqa
      : undefined;
  if (field === undefined) return undefined;
  const config = (typeof field === 'object' && field !== null ? field : {}) as Partial<
    Record<keyof CatalogConfig, unknown>
  >;
  if (typeof config.catalog !== 'string' || config.catalog === '')
    throw new Error('"monitorqa.catalog" must name the module that defines the catalog, e.g. "src/errors.ts"');
  if (config.export !== undefined && (typeof config.export !== 'string' || config.export === ''))
    throw new Error('"monitorqa.export" must be the name the catalog is exported as');
  return { path: config.catalog, files: catalogFiles(config.catalog, folder), exportName: config.export };
}
