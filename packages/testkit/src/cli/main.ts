import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compareDomains,
  compareSnapshots,
  isSnapshot,
  snapshotOf,
  type CatalogChange,
  type CatalogSnapshot,
} from '@monitorqa/errors/tooling';
import { catalogArtefacts } from '../catalog/artefacts.js';
import { loadCatalog } from '../catalog/load.js';
import { locateCatalog } from '../catalog/locate.js';

/** Where the CLI writes, and what it knows of its environment. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder every relative path is read from, and the nearest package.json is looked for from. */
  readonly cwd: string;
}

/** Exit codes: 0 passed, 1 the check failed (a BREAKING change), 2 the command itself could not run. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const DEFAULT_SNAPSHOT = 'errors.snapshot.json';
const USAGE: Readonly<Record<string, string>> = {
  main: `Usage: monitorqa-errors <command> [catalog module] [options]

Commands:
  gen       write the catalog's error codes page, JSON Schema and OpenAPI components
  snapshot  record every code with its status and details shape (${DEFAULT_SNAPSHOT})
  check     compare the catalog with its snapshot; exit 1 on a BREAKING change

Without a catalog module, the one the nearest package.json names is used:
  "monitorqa": { "catalog": "src/errors.ts", "export": "catalog" }

Run monitorqa-errors <command> --help for its options.`,
  gen: `Usage: monitorqa-errors gen [catalog module] [--out docs/errors] [--export name] [--title "Monitors service"]

Writes error-codes.md, error-envelope.schema.json and openapi-components.json for the catalog the
module exports (TypeScript or JavaScript).`,
  snapshot: `Usage: monitorqa-errors snapshot [catalog module] [--file ${DEFAULT_SNAPSHOT}] [--export name] [--force]

Records every code, its status and its details shape. Commit the file; \`check\` compares against it.
Refuses (exit 1) to overwrite a snapshot whose codes the catalog no longer has, naming them: removing a
released code is breaking. --force writes it anyway.`,
  check: `Usage: monitorqa-errors check [catalog module] [--file ${DEFAULT_SNAPSHOT}] [--against other.snapshot.json ...] [--export name]

Fails (exit 1) with BREAKING when a code disappears or changes status, or a details key is removed,
made optional or changes type. Adding codes or keys passes. With --against, also fails when another
service's snapshot defines one of this catalog's own codes differently.`,
};

/**
 * Runs the CLI with its arguments; returns the exit code.
 * @example process.exitCode = await main(process.argv.slice(2), { out: console.log, err: console.error, env: process.env })
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    io.out(USAGE.main!);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (!Object.hasOwn(USAGE, command) || command === 'main') {
    io.err(`error: unknown command "${command}".\n\n${USAGE.main!}`);
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        export: { type: 'string' },
        out: { type: 'string' },
        title: { type: 'string' },
        file: { type: 'string' },
        against: { type: 'string', multiple: true },
        force: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.err(`error: ${(error as Error).message}\n\n${USAGE[command]!}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(USAGE[command]!);
    return EXIT.ok;
  }
  const [module] = positionals;
  if (positionals.length > 1) {
    io.err(`error: give one catalog module.\n\n${USAGE[command]!}`);
    return EXIT.usage;
  }
  try {
    const located = locateCatalog(module, io.cwd);
    const catalog = await loadCatalog(located.file, values.export ?? located.exportName);
    if (command === 'gen') {
      const dir = values.out ?? 'docs/errors';
      mkdirSync(resolve(io.cwd, dir), { recursive: true });
      for (const [name, text] of Object.entries(catalogArtefacts(catalog, { title: values.title }))) {
        writeFileSync(resolve(io.cwd, dir, name), text);
        io.out(`wrote ${join(dir, name)}`);
      }
      return EXIT.ok;
    }
    const file = values.file ?? DEFAULT_SNAPSHOT;
    if (command === 'snapshot') {
      const lost = existsSync(resolve(io.cwd, file)) ? lostCodes(readSnapshot(file, io.cwd), catalog.codes) : [];
      if (lost.length > 0 && values.force !== true) {
        io.err(
          `error: ${file} records codes the catalog no longer has: ${lost.join(', ')}. Removing a released code is breaking ` +
            '(`check` says so); run with --force to record the catalog as it is.',
        );
        return EXIT.failed;
      }
      writeFileSync(resolve(io.cwd, file), JSON.stringify(snapshotOf(catalog), null, 2) + '\n');
      io.out(`wrote ${file} (${String(catalog.codes.length)} codes)`);
      return EXIT.ok;
    }
    const current = snapshotOf(catalog);
    const changes = [
      ...compareSnapshots(readSnapshot(file, io.cwd), current),
      ...(values.against ?? []).flatMap((other) => compareDomains(current, readSnapshot(other, io.cwd))),
    ];
    return report(changes, io);
  } catch (error) {
    io.err(`error: ${(error as Error).message}`);
    return EXIT.usage;
  }
}

function lostCodes(snapshot: CatalogSnapshot, codes: readonly string[]): string[] {
  return Object.keys(snapshot.codes).filter((code) => !codes.includes(code));
}

function readSnapshot(file: string, cwd: string): CatalogSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(resolve(cwd, file), 'utf8'));
  } catch (error) {
    throw new Error(
      `cannot read the snapshot ${file}: ${(error as Error).message} (run \`monitorqa-errors snapshot\` first).`,
    );
  }
  if (!isSnapshot(value)) throw new Error(`${file} is not a snapshot written by \`monitorqa-errors snapshot\`.`);
  return value;
}

function report(changes: readonly CatalogChange[], io: CliIo): number {
  // GitHub Actions turns these lines into annotations; every other CI reads the plain lines.
  const github = io.env.GITHUB_ACTIONS === 'true';
  const breaking = changes.filter((c) => c.kind === 'breaking');
  for (const change of changes) {
    const line = `${change.kind === 'breaking' ? 'BREAKING' : change.kind === 'safe' ? 'ok' : 'note'} ${change.code}: ${change.message}`;
    if (change.kind === 'breaking') io.err(line);
    else io.out(line);
    if (github && change.kind === 'breaking')
      io.out(`::error title=BREAKING error contract change::${change.code}: ${change.message}`);
  }
  io.out(
    breaking.length === 0
      ? 'check passed: no breaking change.'
      : `check failed: ${String(breaking.length)} breaking change${breaking.length === 1 ? '' : 's'}.`,
  );
  return breaking.length === 0 ? EXIT.ok : EXIT.failed;
}
