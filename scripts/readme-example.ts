// Runs the first ```ts block of a package README as a user would, and returns what it printed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The first fenced block of `lang` after `heading` in a README. */
export function readmeBlock(readme: string, lang: string, after = '## Example'): string {
  const from = readme.indexOf(after);
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(from));
  if (from < 0 || !match?.[1]) throw new Error(`README has no \`\`\`${lang} block after "${after}"`);
  return match[1];
}

/** Writes the README's example into the package (so its imports resolve as a user's do) and runs it with tsx. */
export function runReadmeExample(packageDir: string, env: NodeJS.ProcessEnv = {}): { code: string; stdout: string; expected: string } {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const code = readmeBlock(readme, 'ts');
  const dir = mkdtempSync(join(packageDir, '.readme-'));
  try {
    const file = join(dir, 'example.ts');
    writeFileSync(file, code);
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', file], { cwd: packageDir, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 });
    return { code, stdout, expected: readmeBlock(readme, 'text') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
