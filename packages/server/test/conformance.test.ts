import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casesTable } from './conformance/cases.js';
import { starts } from './conformance/adapters.js';
import { conformance } from './conformance/suite.js';

for (const [name, start] of Object.entries(starts)) conformance(name, start);

describe('the server README', () => {
  it('states the table the suite runs (update it from casesTable() when a case changes)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(casesTable());
  });
});
