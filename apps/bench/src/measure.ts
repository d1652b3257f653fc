// Side-by-side measurement: every variant is timed in the same process run, rounds
// alternated, and reported as a median and a ratio to the baseline measured alongside.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

export interface Result {
  readonly name: string;
  /** Median of the rounds, in `unit`. */
  readonly median: number;
  readonly unit: string;
  /** Against the baseline, oriented so that 1 is "as good" and higher is better. */
  readonly ratio: number;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Runs each variant once per round, in alternation, and keeps every round's measurement. */
export async function rounds(
  variants: Readonly<Record<string, () => Promise<number> | number>>,
  count: number,
): Promise<Map<string, number[]>> {
  const samples = new Map<string, number[]>(Object.keys(variants).map((name) => [name, []]));
  for (let round = 0; round < count; round++) {
    for (const [name, measure] of Object.entries(variants)) samples.get(name)!.push(await measure());
  }
  return samples;
}

/** ns per call of `fn`, over `iterations` calls. */
export function nsPerOp(fn: () => unknown, iterations: number): number {
  let sink: unknown;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink = fn();
  const elapsed = Number(process.hrtime.bigint() - start);
  if (sink === Symbol.for('never')) console.log(sink);
  return elapsed / iterations;
}

/** Results with ratios to `baseline`; `higherIsBetter` for throughputs, else for times. */
export function compare(
  samples: Map<string, number[]>,
  baseline: string,
  unit: string,
  higherIsBetter: boolean,
): Result[] {
  const base = median(samples.get(baseline)!);
  return [...samples].map(([name, values]) => {
    const m = median(values);
    return { name, median: m, unit, ratio: higherIsBetter ? m / base : base / m };
  });
}

/** Prints a table and writes it to apps/bench/results/<name>.json. */
export function report(name: string, title: string, results: readonly Result[], note = ''): void {
  const rows = results.map((r) => [r.name, `${r.median.toFixed(r.median < 10 ? 2 : 0)} ${r.unit}`, r.ratio.toFixed(2)]);
  const widths = [0, 1, 2].map((i) =>
    Math.max(...[['variant', 'median', 'ratio'], ...rows].map((row) => row[i]!.length)),
  );
  console.log(`\n${title}`);
  for (const row of [['variant', 'median', 'ratio'], ...rows])
    console.log('  ' + row.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('   '));
  if (note) console.log(`  ${note}`);
  const dir = fileURLToPath(new URL('../results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}${name}.json`,
    JSON.stringify(
      { name, title, date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, results },
      null,
      2,
    ),
  );
}
