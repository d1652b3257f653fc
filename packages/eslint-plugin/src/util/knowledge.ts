import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STATUS_LIST, errorCatalog } from '@monitorqa/errors';
import type { TSESLint } from '@typescript-eslint/utils';
import { codesFromSource } from './catalog-file.js';

/** What every rule may be told about a service's own codes. */
export interface CatalogOptions {
  /** A module that defines the service's catalog (`defineErrorCatalog({...})`), or a JSON file of `{ CODE: status }`. */
  readonly catalog?: string;
  /** The service's own codes, inline: `{ MONITOR_LIMIT_REACHED: 409 }`. */
  readonly codes?: Readonly<Record<string, number>>;
}

/** What the rules know of the contract: from `@monitorqa/errors`, plus the service's own codes. */
export interface Knowledge {
  readonly documented: ReadonlySet<number>;
  readonly statusOf: ReadonlyMap<string, number>;
  codesFor(status: number): readonly string[];
}

const cache = new Map<string, { mtime: number; codes: Record<string, number> }>();

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
    Object.assign(codes, codesFromSource(text, path));
  }
  cache.set(path, { mtime, codes });
  return codes;
}

const EXTENSIONS = ['', '.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '/index.ts', '/index.js'];

function fileAt(base: string): string | undefined {
  for (const ext of EXTENSIONS) {
    // Every rule asks for every file: a miss must not cost a thrown error.
    if (statSync(base + ext, { throwIfNoEntry: false })?.isFile()) return base + ext;
  }
  return undefined;
}

// The folders a relative catalog path is tried from: the linted file's package root and every
// folder above it (a monorepo's root config names paths from the root), then the working directory.
function searchRoots(filename: string, cwd: string): string[] {
  const roots: string[] = [];
  let dir = isAbsolute(filename) ? dirname(filename) : cwd;
  while (!statSync(join(dir, 'package.json'), { throwIfNoEntry: false })?.isFile() && dirname(dir) !== dir)
    dir = dirname(dir);
  for (let up = dir; ; up = dirname(up)) {
    roots.push(up);
    if (dirname(up) === up) break;
  }
  return [...roots, cwd];
}

// Where a catalog path was found from a folder: the same for every file of that folder (hits only,
// so a catalog created during an editor session is still found).
const resolvedFrom = new Map<string, string>();

function resolveCatalog(path: string, filename: string, cwd: string): string {
  const key = `${path}\0${dirname(filename)}\0${cwd}`;
  const hit = resolvedFrom.get(key);
  if (hit !== undefined) return hit;
  const found = findCatalog(path, filename, cwd);
  resolvedFrom.set(key, found);
  return found;
}

function findCatalog(path: string, filename: string, cwd: string): string {
  if (path.startsWith('file:')) path = fileURLToPath(path);
  const found = isAbsolute(path)
    ? fileAt(path)
    : searchRoots(filename, cwd)
        .map((root) => fileAt(resolve(root, path)))
        .find((f) => f !== undefined);
  if (found === undefined)
    throw new Error(`was not found from ${isAbsolute(filename) ? dirname(filename) : cwd} or any folder above it`);
  return found;
}

const base = new Map<string, number>(errorCatalog.codes.map((code) => [code, errorCatalog.statusOf(code)]));
const baseKnowledge = build(base);
const built = new Map<string, Knowledge>();

function build(statusOf: ReadonlyMap<string, number>): Knowledge {
  const byStatus = new Map<number, string[]>();
  for (const [code, status] of statusOf) byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  return { documented: new Set(STATUS_LIST), statusOf, codesFor: (status) => byStatus.get(status) ?? [] };
}

/** The knowledge for one file, and the configuration problem that stands in its way, if any. */
export interface KnowledgeResult {
  readonly knowledge: Knowledge;
  /** Why a configured catalog gave no codes: said once, and the base catalog is used meanwhile. */
  readonly problem: string | undefined;
}

/** The knowledge for one lint: rule options first, then `settings.monitorqa`, then the base catalog alone. */
export function knowledgeFor(
  options: CatalogOptions | undefined,
  settings: unknown,
  filename: string,
  cwd: string,
): KnowledgeResult {
  const shared = (settings as { monitorqa?: CatalogOptions } | undefined)?.monitorqa;
  const catalog = options?.catalog ?? shared?.catalog;
  const codes = { ...shared?.codes, ...options?.codes };
  if (catalog === undefined && Object.keys(codes).length === 0) return { knowledge: baseKnowledge, problem: undefined };
  let fromFile: Record<string, number> = {};
  let problem: string | undefined;
  if (catalog !== undefined) {
    try {
      fromFile = codesFromFile(resolveCatalog(catalog, filename, cwd));
      if (Object.keys(fromFile).length === 0)
        problem =
          'defines no codes: no `defineErrorCatalog({ CODE: { status, message } })` or `.extend({...})` was found in it';
    } catch (error) {
      problem = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
      // A catalog that moved or went: look for it again next time.
      resolvedFrom.delete(`${catalog}\0${dirname(filename)}\0${cwd}`);
    }
  }
  const extra = { ...fromFile, ...codes };
  const key = JSON.stringify(extra);
  let knowledge = built.get(key);
  if (knowledge === undefined) {
    knowledge = build(new Map([...base, ...Object.entries(extra)]));
    built.set(key, knowledge);
  }
  return {
    knowledge,
    problem:
      problem === undefined
        ? undefined
        : `The MonitorQA catalog "${catalog ?? ''}" ${problem}. The rules use the base catalog until it is fixed (settings.monitorqa.catalog).`,
  };
}

const said = new Set<string>();

/** Reports a configuration problem once per process, on the first file a rule sees it in. */
export function reportProblemOnce(
  context: { report(descriptor: TSESLint.ReportDescriptor<'catalogProblem'>): void },
  problem: string | undefined,
): void {
  if (problem === undefined || said.has(problem)) return;
  said.add(problem);
  context.report({ loc: { line: 1, column: 0 }, messageId: 'catalogProblem', data: { problem } });
}
