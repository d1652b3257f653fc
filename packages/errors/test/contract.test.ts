import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUSES, STATUS_LIST } from '../src/index.js';
import { STATUS_DOCS } from '../src/tooling.js';

// The contract as written: every row of every table in contract/status-codes.md.
const text = readFileSync(new URL('../../../contract/status-codes.md', import.meta.url), 'utf8');
const rows = [...text.matchAll(/^\| `(\d{3}) ([^`]+)` \| (.+?) \| (.+?) \|$/gm)].map(
  ([, status, reason, description, note]) => ({
    status: Number(status),
    reason,
    description,
    note,
  }),
);
const labels = [...text.matchAll(/^\| Status Code \| Description \| (.+?) \|$/gm)].map(([, label]) => label);

describe('contract/status-codes.md', () => {
  it('has the tables this test reads', () => {
    expect(rows).toHaveLength(12);
    expect(labels).toEqual(['Usage', 'Common Causes', 'Action']);
  });

  it('documents exactly the statuses of the catalog, in order', () => {
    expect(rows.map((r) => r.status)).toEqual([...STATUS_LIST]);
  });

  it.each(rows)('$status $reason: reason phrase, description and note match the catalog', (row) => {
    const status = row.status as keyof typeof STATUSES;
    expect(STATUSES[status].reason).toBe(row.reason);
    expect(STATUS_DOCS[status].description).toBe(row.description);
    expect(STATUS_DOCS[status].note).toBe(row.note);
  });

  it('gives each status the third-column label of its table', () => {
    const labelOf = { success: 'Usage', 'client-error': 'Common Causes', 'server-error': 'Action' } as const;
    for (const status of STATUS_LIST) expect(STATUS_DOCS[status].noteLabel).toBe(labelOf[STATUSES[status].class]);
  });

  it('shows the envelope the parser accepts', () => {
    const example = /```json\n([\s\S]+?)```/.exec(text)?.[1];
    expect(JSON.parse(example ?? 'null')).toEqual({
      error: {
        message: 'Description of the error',
        code: 'ERROR_CODE',
        details: { field: 'Additional error context' },
      },
    });
  });
});
