import type { Row } from './agreement.js';

/** The agreement table, as the demo prints it. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['Adapter', 'Status', 'Scenario', 'Server sent', 'Client got', 'Retried', ''];
  const lines = rows.map((r) => [
    r.adapter,
    String(r.status),
    r.scenario,
    r.sent,
    r.got,
    r.attempts > 1 ? `yes (${r.attempts} attempts)` : 'no',
    r.agrees ? '✓' : '✗',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}
