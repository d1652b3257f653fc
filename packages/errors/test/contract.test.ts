import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, snapshotPath } from '../scripts/artefacts.js';
import { STATUSES, STATUS_LIST, defineErrorCatalog, errorCatalog } from '../src/index.js';
import {
  STATUS_DOCS,
  compareDomains,
  compareSnapshots,
  isSnapshot,
  snapshotOf,
  type CatalogSnapshot,
} from '../src/tooling.js';

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

// The base contract's snapshot is read as a service's is (`monitorqa-errors check`): the same
// format from snapshotOf, the same comparison, so the same changes are breaking.
describe('contract/codes.snapshot.json', () => {
  const released = JSON.parse(readFileSync(join(repoRoot, snapshotPath), 'utf8')) as unknown;
  const current = snapshotOf(errorCatalog);
  const breaking = (before: CatalogSnapshot, after: CatalogSnapshot): string[] =>
    compareSnapshots(before, after)
      .filter((c) => c.kind === 'breaking')
      .map((c) => `${c.code}: ${c.message}`);

  it('is a snapshot in the format services use', () => {
    expect(isSnapshot(released)).toBe(true);
  });

  it('has no breaking change against the catalog: no code removed or re-mapped, no details key removed, made optional or retyped', () => {
    expect(breaking(released as CatalogSnapshot, current), 'BREAKING CHANGE of the contract').toEqual([]);
  });

  it('describes the current catalog exactly (run `pnpm gen` after adding a code or a details key)', () => {
    expect(released).toEqual(current);
  });

  it("guards every base code's details, by schema rather than by type alone", () => {
    expect(Object.entries(current.codes).filter(([, c]) => c.detailsTypeOnly === true)).toEqual([]);
  });

  describe('catches, as in a service', () => {
    const changed = (
      edit: (
        codes: Record<
          string,
          { status: number; details?: { properties?: Record<string, unknown>; required?: string[] } }
        >,
      ) => void,
    ): CatalogSnapshot => {
      const copy = structuredClone(current) as {
        codes: Record<
          string,
          { status: number; details?: { properties?: Record<string, unknown>; required?: string[] } }
        >;
      };
      edit(copy.codes);
      return copy;
    };

    it('a code that disappears', () => {
      expect(
        breaking(
          current,
          changed((codes) => delete codes.MAINTENANCE),
        ),
      ).toEqual(['MAINTENANCE: removed (was 503): clients that handle it will never see it again.']);
    });

    it('a code that changes status', () => {
      expect(
        breaking(
          current,
          changed((codes) => (codes.CONFLICT!.status = 422)),
        ),
      ).toEqual(['CONFLICT: status changed from 409 to 422.']);
    });

    it('a details key removed from a base code', () => {
      expect(
        breaking(
          current,
          changed((codes) => delete codes.RESOURCE_NOT_FOUND!.details!.properties!.id),
        ),
      ).toEqual(['RESOURCE_NOT_FOUND: details.id removed.']);
    });

    it('a details key made optional', () => {
      expect(
        breaking(
          current,
          changed((codes) => (codes.ROUTE_NOT_FOUND!.details!.required = ['method'])),
        ),
      ).toEqual(['ROUTE_NOT_FOUND: details.path is no longer always sent.']);
    });
  });
});

describe('compareDomains: one code name means one thing across a fleet', () => {
  const monitors = defineErrorCatalog(
    { QUOTA_EXCEEDED: { status: 409, message: 'Monitor quota.' } },
    { domain: 'monitors.example.com' },
  );
  const same = defineErrorCatalog(
    { QUOTA_EXCEEDED: { status: 409, message: 'Other words.' } },
    { domain: 'billing.example.com' },
  );
  const clash = defineErrorCatalog(
    { QUOTA_EXCEEDED: { status: 403, message: 'Billing quota.' } },
    { domain: 'billing.example.com' },
  );

  it('reports a code two services define with different statuses, and nothing for the base codes they share', () => {
    expect(compareDomains(snapshotOf(monitors), snapshotOf(same))).toEqual([]);
    expect(compareDomains(snapshotOf(monitors), snapshotOf(clash))).toEqual([
      {
        kind: 'breaking',
        code: 'QUOTA_EXCEEDED',
        message: 'defined by monitors.example.com and by billing.example.com differently: status 409 here, 403 there.',
      },
    ]);
  });
});
