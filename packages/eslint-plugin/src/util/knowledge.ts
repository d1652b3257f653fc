import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { STATUS_LIST, errorCatalog } from '@monitorqa/errors';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** What every rule may be told about a service's own codes. */
export interface CatalogOptions {
  /** A module that defines the service's catalog (`defineErrorCatalog({...})`), or a JSON file of `{ CODE: status }`. */
  readonly catalog?: string;
  /** The service's own codes, inline: `{ MONITOR_LIMIT_REACHED: 409 }`. */
  readonly codes?: Readonly<Record<string, number>>;
}

/** The options schema every rule shares. */
export const catalogOptionsSchema: JSONSchema4 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    catalog: { type: 'string', description: "Path, from the lint's working directory, to the module that defines the service's catalog, or to a JSON file of `{ CODE: status }`." },
    codes: { type: 'object', additionalProperties: { type: 'integer' }, description: "The service's own codes and their statuses, inline." },
  },
};

/** What the rules know of the contract: from `@monitorqa/errors`, plus the service's own codes. */
export interface Knowledge {
  readonly documented: ReadonlySet<number>;
  readonly statusOf: ReadonlyMap<string, number>;
  codesFor(status: number): readonly string[];
}

const DEFINITION = /\b([A-Z][A-Z0-9_]*)\s*:\s*\{[^{}]*?\bstatus\s*:\s*(\d{3})\b/g;
const cache = new Map<string, { mtime: number; codes: Record<string, number> }>();

// The module is read, never run: linting must not execute service code, and a `.ts` catalog
// cannot be required anyway. A `CODE: { status: NNN, ... }` entry is what it looks for.
function codesFromFile(path: string): Record<string, number> {
  const mtime = statSync(path).mtimeMs;
  const hit = cache.get(path);
  if (hit?.mtime === mtime) return hit.codes;
  const text = readFileSync(path, 'utf8');
  const codes: Record<string, number> = {};
  if (path.endsWith('.json')) {
    for (const [code, value] of Object.entries(JSON.parse(text) as Record<string, unknown>)) {
      const status = typeof value === 'object' && value !== null ? (value as { status?: unknown }).status : value;
      if (typeof status === 'number') codes[code] = status;
    }
  } else {
    for (const [, code, status] of text.matchAll(DEFINITION)) codes[code!] = Number(status);
  }
  cache.set(path, { mtime, codes });
  return codes;
}

const EXTENSIONS = ['', '.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '/index.ts', '/index.js'];

function resolveCatalog(path: string, cwd: string): string {
  const base = isAbsolute(path) ? path : resolve(cwd, path);
  for (const ext of EXTENSIONS) {
    // Every rule asks for every file: a miss must not cost a thrown error.
    if (statSync(base + ext, { throwIfNoEntry: false })?.isFile()) return base + ext;
  }
  throw new Error(`@monitorqa/eslint-plugin: the catalog "${path}" was not found from ${cwd}.`);
}

const base = new Map<string, number>(errorCatalog.codes.map((code) => [code, errorCatalog.statusOf(code)]));
const baseKnowledge = build(base);
const built = new Map<string, Knowledge>();

function build(statusOf: ReadonlyMap<string, number>): Knowledge {
  const byStatus = new Map<number, string[]>();
  for (const [code, status] of statusOf) byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  return { documented: new Set(STATUS_LIST), statusOf, codesFor: (status) => byStatus.get(status) ?? [] };
}

/** The knowledge for one lint: rule options first, then `settings.monitorqa`, then the base catalog alone. */
export function knowledgeFor(options: CatalogOptions | undefined, settings: unknown, cwd: string): Knowledge {
  const shared = (settings as { monitorqa?: CatalogOptions } | undefined)?.monitorqa;
  const catalog = options?.catalog ?? shared?.catalog;
  const codes = { ...shared?.codes, ...options?.codes };
  if (catalog === undefined && Object.keys(codes).length === 0) return baseKnowledge;
  const extra = { ...(catalog === undefined ? {} : codesFromFile(resolveCatalog(catalog, cwd))), ...codes };
  const key = JSON.stringify(extra);
  let knowledge = built.get(key);
  if (knowledge === undefined) {
    knowledge = build(new Map([...base, ...Object.entries(extra)]));
    built.set(key, knowledge);
  }
  return knowledge;
}
