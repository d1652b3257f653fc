// The real ESLint 9 and 10, run as service repos run them: one helper for every test that lints files on disk.
import { ESLint, type Linter } from 'eslint';
import { ESLint as ESLint10 } from 'eslint-v10';
import tseslint from 'typescript-eslint';

export const eslints = [
  ['ESLint 9', ESLint],
  ['ESLint 10', ESLint10 as unknown as typeof ESLint],
] as const;

/**
 * Lints `files` from `cwd` with `config` (typescript-eslint for .ts only; .js stays on ESLint's own
 * parser, as the README says) and returns each report as `path:line:column rule message`, sorted,
 * paths relative to `root`; `message` shortens the message when given.
 */
export async function lintOnDisk(
  ESLintClass: typeof ESLint,
  options: {
    readonly cwd: string;
    readonly files: string;
    readonly root: string;
    readonly config: Linter.Config;
    readonly message?: (message: string) => string;
  },
): Promise<string[]> {
  const eslint = new ESLintClass({
    cwd: options.cwd,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, options.config],
  });
  const shorten = options.message ?? ((m: string) => m);
  const results = await eslint.lintFiles([options.files]);
  return results
    .flatMap((r) =>
      r.messages.map(
        (m) =>
          `${r.filePath.slice(options.root.length + 1)}:${m.line}:${m.column} ${m.ruleId ?? 'fatal'} ${shorten(m.message)}`,
      ),
    )
    .sort();
}
