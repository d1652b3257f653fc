// One snapshot format for every catalog: the base contract's (contract/codes.snapshot.json) and each
// service's (`monitorqa-errors snapshot`), so one comparison guards both.
import type { AnyErrorCatalog } from '../catalog.js';
import { detailsSchemaOf, type JsonSchema } from './json-schema.js';

/** What a released catalog promises its clients, code by code: what `snapshotOf` writes and `compareSnapshots` reads. */
export interface CatalogSnapshot {
  /** The service that owns the catalog's own codes, when the catalog says. */
  readonly domain?: string;
  readonly codes: Readonly<Record<string, CodeSnapshot>>;
}

/** One code: its status and what its `details` are known to be. */
export interface CodeSnapshot {
  readonly status: number;
  /** The details' JSON Schema, when known at run time. */
  readonly details?: JsonSchema;
  /** The code declares details by type alone (`details<T>()`): only its code and status can be guarded. */
  readonly detailsTypeOnly?: true;
}

/**
 * The snapshot of a catalog: every code, its status and its details shape.
 * @example writeFileSync('errors.snapshot.json', JSON.stringify(snapshotOf(catalog), null, 2))
 */
export function snapshotOf(catalog: AnyErrorCatalog): CatalogSnapshot {
  const codes: Record<string, CodeSnapshot> = {};
  for (const code of catalog.codes) {
    const details = detailsSchemaOf(code, catalog);
    const declared = catalog.definitions[code]?.details !== undefined;
    codes[code] =
      details !== undefined
        ? { status: catalog.statusOf(code), details }
        : declared
          ? { status: catalog.statusOf(code), detailsTypeOnly: true }
          : { status: catalog.statusOf(code) };
  }
  return catalog.domain === undefined ? { codes } : { domain: catalog.domain, codes };
}

/** Whether a parsed JSON file is a snapshot. */
export function isSnapshot(value: unknown): value is CatalogSnapshot {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { codes?: unknown }).codes === 'object' &&
    (value as { codes?: unknown }).codes !== null
  );
}
