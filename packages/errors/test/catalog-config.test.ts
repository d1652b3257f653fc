import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogFiles, catalogFromPackageJson } from '../src/tooling.js';

const service = join('/', 'repo', 'services', 'monitors');
const tried = (file: string): string[] =>
  ['', '.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '/index.ts', '/index.js'].map((ext) => file + ext);

describe('catalogFromPackageJson', () => {
  it('reads the catalog and its export from the "monitorqa" field, the path from the package.json\'s folder', () => {
    expect(
      catalogFromPackageJson({ name: 'monitors', monitorqa: { catalog: 'src/errors.ts', export: 'catalog' } }, service),
    ).toEqual({
      path: 'src/errors.ts',
      files: tried(join(service, 'src/errors.ts')),
      exportName: 'catalog',
    });
  });

  it('takes a path without extension, as an import does', () => {
    expect(catalogFromPackageJson({ monitorqa: { catalog: './src/errors' } }, service)).toEqual({
      path: './src/errors',
      files: tried(join(service, 'src/errors')),
      exportName: undefined,
    });
  });

  it('is undefined for a package.json that names no catalog', () => {
    expect(catalogFromPackageJson({ name: 'monitors' }, service)).toBeUndefined();
    expect(catalogFromPackageJson(null, service)).toBeUndefined();
  });

  it.each([
    [
      { monitorqa: 'src/errors.ts' },
      '"monitorqa.catalog" must name the module that defines the catalog, e.g. "src/errors.ts"',
    ],
    [
      { monitorqa: { catalog: '' } },
      '"monitorqa.catalog" must name the module that defines the catalog, e.g. "src/errors.ts"',
    ],
    [
      { monitorqa: { catalog: 'src/errors.ts', export: 3 } },
      '"monitorqa.export" must be the name the catalog is exported as',
    ],
  ])('throws on a malformed field: %j', (packageJson, message) => {
    expect(() => catalogFromPackageJson(packageJson, service)).toThrow(message);
  });
});

describe('catalogFiles', () => {
  it('takes an absolute path or a file: URL as it is, and a relative one from the folder', () => {
    const absolute = join(service, 'src/errors.ts');
    expect(catalogFiles(absolute, '/elsewhere')).toEqual(tried(absolute));
    expect(catalogFiles(pathToFileURL(absolute).href, '/elsewhere')).toEqual(tried(absolute));
    expect(catalogFiles('../billing/errors.ts', service)).toEqual(
      tried(join('/', 'repo', 'services', 'billing', 'errors.ts')),
    );
  });
});
