// One way to count CPU instructions: valgrind's callgrind on a process of its own. Unlike req/s, the
// count is the same from run to run whatever else the machine is doing (two runs of one server 0.1%
// apart, where req/s moved by ±20%). The process works WARM times first, so that the JIT has settled;
// then counters are zeroed and the counted work runs. Only the main thread is read: the event loop,
// where requests are served or sent; the compiler's threads, still optimising code, are left out.
import { execFileSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from './measure.js';

/** Whether valgrind's callgrind can be driven here. */
export function hasCallgrind(): boolean {
  try {
    execFileSync('callgrind_control', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What `countInstructions` drives: a process, and how to make it work. */
export interface Counted<P extends { readonly child: ChildProcess }> {
  /** Starts the process under `wrapper` (the valgrind command line). */
  readonly start: (wrapper: readonly string[]) => Promise<P>;
  /** Work done before the counters are zeroed (JIT warm-up). */
  readonly warm: (process: P) => Promise<void>;
  /** The work counted. */
  readonly run: (process: P) => Promise<void>;
}

/** Main-thread instructions of `run`, in a process of its own under callgrind. */
export async function countInstructions<P extends { readonly child: ChildProcess }>({
  start,
  warm,
  run,
}: Counted<P>): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'monitorqa-callgrind-'));
  const proc = await start([
    'valgrind',
    '--tool=callgrind',
    '--separate-threads=yes',
    `--callgrind-out-file=${dir}/cg`,
  ]);
  const { child } = proc;
  try {
    await warm(proc);
    execFileSync('callgrind_control', ['--zero', String(child.pid)], { stdio: 'ignore' });
    await run(proc);
    execFileSync('callgrind_control', ['--dump', String(child.pid)], { stdio: 'ignore' });
    // Thread 1 of the first dump: the event loop.
    const summary = /^summary: (\d+)$/m.exec(readFileSync(`${dir}/cg.1-01`, 'utf8'));
    if (!summary) throw new Error('no callgrind summary');
    return Number(summary[1]);
  } finally {
    // valgrind writes its last dump on the way out: wait for it before removing the folder.
    const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit');
    child.kill();
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Counts the variants two at a time (the machine's cores; the counts do not depend on it), first as
 * the baseline: ratio = the baseline's instructions / the variant's, higher is better.
 */
export async function perInstructions(variants: Readonly<Record<string, () => Promise<number>>>): Promise<Result[]> {
  const names = Object.keys(variants);
  const counts = new Map<string, number>();
  for (let i = 0; i < names.length; i += 2)
    await Promise.all(names.slice(i, i + 2).map(async (name) => counts.set(name, await variants[name]!())));
  const base = counts.get(names[0]!)!;
  return names.map((name) => ({
    name,
    median: counts.get(name)!,
    unit: 'instructions/req',
    ratio: base / counts.get(name)!,
  }));
}
