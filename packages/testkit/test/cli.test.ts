// The CLI as a service's CI runs it: the built bin, in a real process, on TypeScript and JavaScript catalogs.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'monitorqa-testkit-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[], env: Record<string, string> = {}, cwd = work): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, GITHUB_ACTIONS: '', ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr });
      },
    );
  });
}

describe('monitorqa-errors --help', () => {
  it('lists the commands, and each command has its own help', async () => {
    const main = await cli(['--help']);
    expect([main.code, main.stdout]).toEqual([0, expect.stringContaining('gen       write the catalog') as unknown]);
    for (const command of ['gen', 'snapshot', 'check']) {
      const help = await cli([command, '--help']);
      expect([help.code, help.stdout]).toEqual([
        0,
        expect.stringContaining(`Usage: monitorqa-errors ${command} [catalog module]`) as unknown,
      ]);
    }
  });
  it('exits 2 with the usage on an unknown command, no module (and no package.json naming one), two modules or an unknown option', async () => {
    expect((await cli(['lint'])).code).toBe(2);
    expect(await cli(['check'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: give a catalog module, or name it in package.json: "monitorqa": { "catalog": "src/errors.ts" }.\n',
    });
    expect((await cli(['check', fixture('v1.ts'), fixture('v2-added.ts')])).stderr).toContain(
      'error: give one catalog module.',
    );
    expect(await cli(['check', 'src/nowhere.ts'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: src/nowhere.ts was not found from ${work}.\n`,
    });
    expect((await cli(['check', fixture('v1.ts'), '--bogus'])).stderr).toContain("error: Unknown option '--bogus'");
  });
  it('says so when a module exports no catalog, or several', async () => {
    const none = await cli(['snapshot', fixture('no-catalog.ts')]);
    expect([none.code, none.stderr]).toEqual([
      2,
      expect.stringContaining('exports no error catalog: export the result of defineErrorCatalog(…).') as unknown,
    ]);
    const two = await cli(['snapshot', fixture('two-catalogs.ts')]);
    expect([two.code, two.stderr]).toEqual([
      2,
      expect.stringContaining('exports 2 catalogs (errorCatalog, mine): say which with --export.') as unknown,
    ]);
    expect((await cli(['snapshot', fixture('two-catalogs.ts'), '--export', 'mine', '--file', 'mine.json'])).code).toBe(
      0,
    );
  });
});

describe('gen', () => {
  it("writes the service's codes page, envelope JSON Schema and OpenAPI components from a TypeScript catalog", async () => {
    const run = await cli(['gen', fixture('v1.ts'), '--out', 'docs', '--title', 'Monitors service']);
    expect(run.code).toBe(0);
    const page = readFileSync(join(work, 'docs/error-codes.md'), 'utf8');
    expect(page).toContain(
      '# Monitors service: error codes\n\nThe machine-readable `error.code` values this service sends, grouped by the status they map onto. Its own codes belong to the domain `monitors.monitorqa.dev`.\n\n',
    );
    expect(page).toContain(
      '### MONITOR_LIMIT_REACHED\n\nThe account has as many monitors as its plan allows.\n\n- Status: `409 Conflict`',
    );
    expect(page).toContain('"required":["limit","plan"]');
    const schema = JSON.parse(readFileSync(join(work, 'docs/error-envelope.schema.json'), 'utf8')) as {
      $id: string;
      properties: { error: { properties: { code: { enum: string[] } } } };
    };
    expect(schema.$id).toBe('https://monitors.monitorqa.dev/schemas/error-envelope.json');
    expect(schema.properties.error.properties.code.enum).toContain('CHECK_TIMED_OUT');
    expect(existsSync(join(work, 'docs/openapi-components.json'))).toBe(true);
  });
});

describe('snapshot and check', () => {
  it('records every code with its status and details shape, and the domain', async () => {
    expect((await cli(['snapshot', fixture('v1.ts')])).stdout).toBe('wrote errors.snapshot.json (27 codes)\n');
    const snapshot = JSON.parse(readFileSync(join(work, 'errors.snapshot.json'), 'utf8')) as {
      domain: string;
      codes: Record<string, unknown>;
    };
    expect(snapshot.domain).toBe('monitors.monitorqa.dev');
    expect(snapshot.codes.CHECK_TIMED_OUT).toEqual({ status: 502, detailsTypeOnly: true });
    expect(snapshot.codes.MONITOR_LIMIT_REACHED).toMatchObject({
      status: 409,
      details: { required: ['limit', 'plan'] },
    });
  });
  it('passes an unchanged catalog, saying which codes are guarded by code and status only', async () => {
    const run = await cli(['check', fixture('v1.ts')]);
    expect([run.code, run.stdout]).toEqual([
      0,
      'note CHECK_TIMED_OUT: declare details by type alone (details<T>()): only their code and status are guarded. Declare them with a Standard Schema validator or schemaDetails() to guard their details too.\ncheck passed: no breaking change.\n',
    ]);
  });
  it('passes a new code and a new optional key', async () => {
    const run = await cli(['check', fixture('v2-added.ts')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ok MONITOR_PAUSED: added (409).');
    expect(run.stdout).toContain('ok MONITOR_LIMIT_REACHED: details.upgradeUrl added.');
  });
  it('fails with BREAKING when a code disappears, a details key is removed or changes type', async () => {
    const run = await cli(['check', fixture('v2-breaking.ts')]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'BREAKING MONITOR_LIMIT_REACHED: details.limit changed type from number to string.',
      'BREAKING MONITOR_LIMIT_REACHED: details.plan removed.',
      'BREAKING CHECK_TIMED_OUT: removed (was 502): clients that handle it will never see it again.',
    ]);
    expect(run.stdout).toContain('check failed: 3 breaking changes.');
  });
  it('fails with BREAKING when a code changes status, from a JavaScript catalog, and annotates on GitHub Actions', async () => {
    const run = await cli(['check', fixture('v2-status.js')], { GITHUB_ACTIONS: 'true' });
    expect([run.code, run.stderr]).toEqual([1, 'BREAKING MONITOR_LIMIT_REACHED: status changed from 409 to 422.\n']);
    expect(run.stdout).toContain(
      '::error title=BREAKING error contract change::MONITOR_LIMIT_REACHED: status changed from 409 to 422.',
    );
  });
  it('fails when another service defines one of our codes differently (--against its snapshot)', async () => {
    await cli(['snapshot', fixture('billing.ts'), '--file', 'billing.json']);
    const run = await cli(['check', fixture('v1.ts'), '--against', 'billing.json']);
    expect([run.code, run.stderr]).toEqual([
      1,
      'BREAKING MONITOR_LIMIT_REACHED: defined by monitors.monitorqa.dev and by billing.monitorqa.dev differently: status 409 here, 422 there; details of another shape.\n',
    ]);
  });
  it('refuses to overwrite a snapshot that loses released codes, naming them, unless --force', async () => {
    await cli(['snapshot', fixture('v1.ts'), '--file', 'losing.json']);
    const refused = await cli(['snapshot', fixture('v2-breaking.ts'), '--file', 'losing.json']);
    expect([refused.code, refused.stderr]).toEqual([
      1,
      'error: losing.json records codes the catalog no longer has: CHECK_TIMED_OUT. Removing a released code is breaking (`check` says so); run with --force to record the catalog as it is.\n',
    ]);
    const kept = JSON.parse(readFileSync(join(work, 'losing.json'), 'utf8')) as { codes: Record<string, unknown> };
    const forced = await cli(['snapshot', fixture('v2-breaking.ts'), '--file', 'losing.json', '--force']);
    const written = JSON.parse(readFileSync(join(work, 'losing.json'), 'utf8')) as { codes: Record<string, unknown> };
    expect([
      Object.hasOwn(kept.codes, 'CHECK_TIMED_OUT'),
      forced.code,
      Object.hasOwn(written.codes, 'CHECK_TIMED_OUT'),
    ]).toEqual([true, 0, false]);
  });
  it('reports a changed domain, without failing: nothing on the wire names it', async () => {
    const run = await cli(['check', fixture('v2-moved.ts')]);
    expect([run.code, run.stdout.split('\n')[0]]).toEqual([
      0,
      'note (domain): changed from "monitors.monitorqa.dev" to "checks.monitorqa.dev": other services\' `check --against` now name this catalog by it. Tell the services that compare against its snapshot.',
    ]);
  });
  it("links a catalog's own codes to its docsUrl on the page gen writes; the base codes keep the contract's", async () => {
    await cli(['gen', fixture('v2-moved.ts'), '--out', 'moved']);
    const page = readFileSync(join(work, 'moved/error-codes.md'), 'utf8');
    expect(page).toContain('- Docs: https://docs.checks.monitorqa.dev/errors#monitor_limit_reached\n');
    expect(page).toContain(
      '- Docs: https://github.com/monitorqa/errors/blob/main/docs/error-codes.md#resource_not_found\n',
    );
  });
  it('exits 2 when there is no snapshot to check against', async () => {
    const run = await cli(['check', fixture('v1.ts'), '--file', 'missing.json']);
    expect([run.code, run.stderr]).toEqual([
      2,
      expect.stringContaining('cannot read the snapshot missing.json') as unknown,
    ]);
  });
});

describe('a catalog named by package.json', () => {
  const service = fixture('configured');

  it.each([
    ['its folder', service],
    ['a sub-folder', join(service, 'src')],
  ])('gen, snapshot and check find it with no module given, from %s', async (_where, cwd) => {
    const out = join(work, 'configured', cwd === service ? 'root' : 'sub');
    const gen = await cli(['gen', '--out', join(out, 'docs')], {}, cwd);
    expect([gen.code, gen.stderr]).toEqual([0, '']);
    expect(readFileSync(join(out, 'docs/error-codes.md'), 'utf8')).toContain('# billing.monitorqa.dev: error codes');
    // The package.json says which of the module's two catalogs: no --export needed.
    expect(await cli(['snapshot', '--file', join(out, 'errors.snapshot.json')], {}, cwd)).toEqual({
      code: 0,
      stdout: `wrote ${join(out, 'errors.snapshot.json')} (26 codes)\n`,
      stderr: '',
    });
    expect((await cli(['check', '--file', join(out, 'errors.snapshot.json')], {}, cwd)).code).toBe(0);
  });

  it('reads the same file as the path the package.json gives, given to the CLI', async () => {
    await cli(['snapshot', '--file', join(work, 'by-config.json')], {}, service);
    await cli(['snapshot', 'src/errors.ts', '--export', 'catalog', '--file', join(work, 'by-path.json')], {}, service);
    expect(readFileSync(join(work, 'by-config.json'), 'utf8')).toBe(readFileSync(join(work, 'by-path.json'), 'utf8'));
  });

  it('says which package.json names a catalog that is not there', async () => {
    const run = await cli(['check'], {}, fixture('configured-missing'));
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: src/gone.ts, named in ${join(fixture('configured-missing'), 'package.json')}, was not found from ${fixture('configured-missing')}.\n`,
    });
  });
});
