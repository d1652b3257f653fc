// Which file the CLI loads: the module its argument names, else the one the nearest package.json
// names in its `monitorqa` field. The path rule is @monitorqa/errors/tooling's, the ESLint plugin's too.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { catalogFiles, catalogFromPackageJson } from '@monitorqa/errors/tooling';

/** The catalog module to load, and the export named for it, if any. */
export interface LocatedCatalog {
  readonly file: string;
  readonly exportName: string | undefined;
}

const isFile = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() === true;

/**
 * The catalog module named by `module` (from `cwd`), or by the `monitorqa` field of the package.json
 * nearest `cwd`. Throws, saying what to do, when neither names one that exists.
 * @example const { file, exportName } = locateCatalog(undefined, process.cwd())
 */
export function locateCatalog(module: string | undefined, cwd: string): LocatedCatalog {
  if (module !== undefined) {
    const file = catalogFiles(module, cwd).find(isFile);
    if (file === undefined) throw new Error(`${module} was not found from ${cwd}.`);
    return { file, exportName: undefined };
  }
  let dir = cwd;
  while (!isFile(join(dir, 'package.json'))) {
    if (dirname(dir) === dir)
      throw new Error(
        'give a catalog module, or name it in package.json: "monitorqa": { "catalog": "src/errors.ts" }.',
      );
    dir = dirname(dir);
  }
  const packageJson = join(dir, 'package.json');
  let location;
  try {
    location = catalogFromPackageJson(JSON.parse(readFileSync(packageJson, 'utf8')), dir);
  } catch (error) {
    throw new Error(`${packageJson}: ${(error as Error).message}.`);
  }
  if (location === undefined)
    throw new Error(
      `give a catalog module, or name it in ${packageJson}: "monitorqa": { "catalog": "src/errors.ts" }.`,
    );
  const file = location.files.find(isFile);
  if (file === undefined) throw new Error(`${location.path}, named in ${packageJson}, was not found from ${dir}.`);
  return { file, exportName: location.exportName };
}
