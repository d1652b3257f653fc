// Where a service's catalog is, on disk: named by `settings.monitorqa.catalog` (or a rule's
// `catalog` option), else by the `monitorqa` field of the linted file's nearest package.json.
// Which files a path may be is @monitorqa/errors/tooling's rule, the one `monitorqa-errors` follows.
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { catalogFiles, catalogFromPackageJson, type CatalogLocation } from '@monitorqa/errors/tooling';

/** A catalog file found, or why a configured one was not, with where it was configured. */
export interface FoundCatalog {
  /** The path as configured, for messages. */
  readonly path: string;
  /** Where it was configured, for messages: `settings.monitorqa.catalog` or a package.json's `monitorqa` field. */
  readonly where: string;
  readonly file?: string;
  readonly problem?: string;
}

const isFile = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() === true;

function startOf(filename: string, cwd: string): string {
  return isAbsolute(filename) ? dirname(filename) : cwd;
}

/** The folder of the nearest package.json from a folder (`undefined`: none up to the root). */
// Folder → the folder of its nearest package.json (`null`: none up to the root). Asked by every rule
// on every file: the walk up happens once per folder.
const packageRoots = new Map<string, string | null>();

export function packageRootOf(dir: string): string | undefined {
  const hit = packageRoots.get(dir);
  if (hit !== undefined) return hit ?? undefined;
  const root = isFile(join(dir, 'package.json')) ? dir : dirname(dir) === dir ? undefined : packageRootOf(dirname(dir));
  packageRoots.set(dir, root ?? null);
  return root;
}

// The folders an explicit path is tried from: the linted file's package root and every folder above
// it (a monorepo's root config names paths from the root), then the working directory.
function searchRoots(filename: string, cwd: string): string[] {
  const roots: string[] = [];
  for (let up = packageRootOf(startOf(filename, cwd)) ?? startOf(filename, cwd); ; up = dirname(up)) {
    roots.push(up);
    if (dirname(up) === up) break;
  }
  return [...roots, cwd];
}

// Where an explicit path was found from a folder: the same for every file of that folder (hits only,
// so a catalog created during an editor session is still found).
const resolvedFrom = new Map<string, string>();

/** The catalog an explicit path names (`settings.monitorqa.catalog`, a rule's `catalog` option). */
export function findConfiguredCatalog(path: string, filename: string, cwd: string): FoundCatalog {
  const where = 'settings.monitorqa.catalog';
  const key = `${path}\0${startOf(filename, cwd)}\0${cwd}`;
  const hit = resolvedFrom.get(key);
  if (hit !== undefined && isFile(hit)) return { path, where, file: hit };
  resolvedFrom.delete(key);
  const roots = path.startsWith('file:') || isAbsolute(path) ? [cwd] : searchRoots(filename, cwd);
  const file = roots.flatMap((root) => catalogFiles(path, root)).find(isFile);
  if (file === undefined)
    return { path, where, problem: `was not found from ${startOf(filename, cwd)} or any folder above it` };
  resolvedFrom.set(key, file);
  return { path, where, file };
}

// package.json → what its `monitorqa` field says, re-read when the file changes (an editor session).
const packageConfigs = new Map<string, { mtime: number; location: CatalogLocation | undefined; error?: string }>();

/** The catalog the linted file's nearest package.json names in its `monitorqa` field, if it names one. */
export function findPackageCatalog(filename: string, cwd: string): FoundCatalog | undefined {
  const root = packageRootOf(startOf(filename, cwd));
  if (root === undefined) return undefined;
  const packageJson = join(root, 'package.json');
  const mtime = statSync(packageJson, { throwIfNoEntry: false })?.mtimeMs;
  if (mtime === undefined) return undefined;
  let config = packageConfigs.get(packageJson);
  if (config?.mtime !== mtime) {
    try {
      config = { mtime, location: catalogFromPackageJson(JSON.parse(readFileSync(packageJson, 'utf8')), root) };
    } catch (error) {
      config = {
        mtime,
        location: undefined,
        error: error instanceof Error ? error.message.split('\n', 1)[0] : String(error),
      };
    }
    packageConfigs.set(packageJson, config);
  }
  const where = `the "monitorqa" field of ${packageJson}`;
  if (config.error !== undefined) return { path: packageJson, where, problem: `cannot be read: ${config.error}` };
  if (config.location === undefined) return undefined;
  const file = config.location.files.find(isFile);
  return file === undefined
    ? { path: config.location.path, where, problem: `was not found from ${root}` }
    : { path: config.location.path, where, file };
}
