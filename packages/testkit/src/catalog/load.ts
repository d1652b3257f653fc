// Loading a service's catalog module, TypeScript or JavaScript, the way its own code imports it.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';
import type { AnyErrorCatalog } from '@monitorqa/errors';

/** Whether a value is an error catalog (`defineErrorCatalog`'s result or the base `errorCatalog`). */
function isCatalog(value: unknown): value is AnyErrorCatalog {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof AnyErrorCatalog, unknown>>;
  return (
    typeof v.definitions === 'object' &&
    Array.isArray(v.codes) &&
    typeof v.statusOf === 'function' &&
    typeof v.codesFor === 'function'
  );
}

/**
 * The catalog a module exports: the export named `exportName`, or the only catalog it
 * exports. TypeScript is loaded with jiti, so the service needs no build step first.
 * @example const catalog = await loadCatalog('src/errors.ts')
 */
export async function loadCatalog(path: string, exportName?: string): Promise<AnyErrorCatalog> {
  const file = resolve(path);
  const jiti = createJiti(pathToFileURL(file).href, { moduleCache: false });
  const module = await jiti.import<Record<string, unknown>>(file);
  if (exportName !== undefined) {
    const named = module[exportName];
    if (!isCatalog(named))
      throw new Error(
        `${path} has no catalog exported as "${exportName}" (exports: ${Object.keys(module).join(', ') || 'none'}).`,
      );
    return named;
  }
  const found = Object.entries(module).filter(([, value]) => isCatalog(value));
  const names = [...new Set(found.map(([, value]) => value))];
  if (names.length === 1) return names[0] as AnyErrorCatalog;
  if (names.length === 0)
    throw new Error(`${path} exports no error catalog: export the result of defineErrorCatalog(…).`);
  throw new Error(
    `${path} exports ${String(names.length)} catalogs (${found.map(([name]) => name).join(', ')}): say which with --export.`,
  );
}
