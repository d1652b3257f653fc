// Runs the ```ts examples of a package README as a user would, and compares what each
// printed with the ```text block that follows it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface ReadmeExample {
  readonly title: string;
  readonly code: string;
  readonly expected: string;
}

/** Every ```ts block that a ```text block (its output) follows, titled by the heading above it. */
export function readmeExamples(packageDir: string): ReadmeExample[] {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const pattern = /^(#+ .*)$|```ts\n([\s\S]*?)```\s*(?:Output:\s*)?```text\n([\s\S]*?)```/gm;
  const examples: ReadmeExample[] = [];
  let title = '';
  for (const [, heading, code, expected] of readme.matchAll(pattern)) {
    if (heading !== undefined) title = heading.replace(/^#+ /, '');
    else if (code !== undefined && expected !== undefined) examples.push({ title, code, expected });
  }
  return examples;
}

/**
 * Writes an example into the package (so its imports resolve as a user's do), type-checks it
 * strictly, runs it with tsx, and returns its type errors and its output.
 */
export function runExample(packageDir: string, code: string): { typeErrors: string[]; stdout: string } {
  const dir = mkdtempSync(join(packageDir, '.readme-'));
  try {
    const file = join(dir, 'example.ts');
    writeFileSync(file, code);
    // NestJS examples use the decorators TypeScript calls experimental: checked and run with them on.
    const decorators = /^\s*@\w+\(/m.test(code);
    const tsconfig = join(dir, 'tsconfig.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({ compilerOptions: { target: 'ES2022', experimentalDecorators: decorators } }),
    );
    const program = ts.createProgram([file], {
      experimentalDecorators: decorators,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Preserve,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      moduleDetection: ts.ModuleDetectionKind.Force,
      types: ['node'],
    });
    const typeErrors = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', file], {
      cwd: packageDir,
      encoding: 'utf8',
      timeout: 30_000,
      env: decorators ? { ...process.env, TSX_TSCONFIG_PATH: tsconfig } : process.env,
    });
    return { typeErrors, stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The README test of a package: it has examples, and each prints what the README shows. With
 * `readmeDir`, the README of another package, run from this one (whose dependencies it needs).
 */
export async function describeReadme(testFileUrl: string, readmeDir?: string): Promise<void> {
  const { describe, expect, it } = await import('vitest');
  const { fileURLToPath } = await import('node:url');
  const dir = fileURLToPath(new URL('..', testFileUrl));
  const examples = readmeExamples(readmeDir === undefined ? dir : fileURLToPath(new URL(readmeDir, testFileUrl)));
  describe('README', () => {
    it('has an example', () => {
      expect(examples.length).toBeGreaterThan(0);
    });
    it.each(examples)(
      '$title: type-checks, runs and prints the output it shows',
      ({ code, expected }) => {
        const { typeErrors, stdout } = runExample(dir, code);
        expect(typeErrors).toEqual([]);
        expect(stdout).toBe(expected);
        // A type-check and a child process each: seconds on a loaded machine, not a hang.
      },
      60_000,
    );
  });
}
