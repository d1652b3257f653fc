import { readFileSync, statSync } from 'node:fs';
import { STATUS_LIST, errorCatalog } from '@monitorqa/errors';
import type { TSESLint } from '@typescript-eslint/utils';
import { codesFromSource } from './catalog-file.js';
import { findConfiguredCatalog, findPackageCatalog, type FoundCatalog } from './find-catalog.js';

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
  /** Why a configured catalog gave no codes: said once per file, and the base catalog is used meanwhile. */
  readonly problem: string | undefined;
}

/** The knowledge for one lint: rule options first, then `settings.monitorqa`, then the nearest package.json's `monitorqa` field, then the base catalog alone. */
export function knowledgeFor(
  options: CatalogOptions | undefined,
  settings: unknown,
  filename: string,
  cwd: string,
): KnowledgeResult {
  const shared = (settings as { monitorqa?: CatalogOptions } | undefined)?.monitorqa;
  const configured = options?.catalog ?? shared?.catalog;
  const codes = { ...shared?.codes, ...options?.codes };
  const found: FoundCatalog | undefined =
    configured === undefined ? findPackageCatalog(filename, cwd) : findConfiguredCatalog(configured, filename, cwd);
  if (found === undefined && Object.keys(codes).length === 0) return { knowledge: baseKnowledge, problem: undefined };
  let fromFile: Record<string, number> = {};
  let problem = found?.problem;
  if (found?.file !== undefined) {
    try {
      fromFile = codesFromFile(found.file);
      if (Object.keys(fromFile).length === 0)
        problem =
          'defines no codes: no `defineErrorCatalog({ CODE: { status, message } })` or `.extend({...})` was found in it';
    } catch (error) {
      problem = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
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
      problem === undefined || found === undefined
        ? undefined
        : `The MonitorQA catalog "${found.path}" ${problem}. The rules use the base catalog until it is fixed (${found.where}).`,
  };
}

// Per linted file (its SourceCode object, which every rule of one lint of that file shares), the
// problems already said: each file says a catalog problem once, whichever rule sees it first, and
// which file is linted first never decides what is reported.
const said = new WeakMap<object, Set<string>>();

/** Reports a configuration problem once per linted file, by whichever catalog-aware rule sees it first. */
export function reportProblemOnce(
  context: { readonly sourceCode: object; report(descriptor: TSESLint.ReportDescriptor<'catalogProblem'>): void },
  problem: string | undefined,
): void {
  if (problem === undefined) return;
  let seen = said.get(context.sourceCode);
  if (seen === undefined) said.set(context.sourceCode, (seen = new Set()));
  if (seen.has(problem)) return;
  seen.add(problem);
  context.report({ loc: { line: 1, column: 0 }, messageId: 'catalogProblem', data: { problem } });
}
