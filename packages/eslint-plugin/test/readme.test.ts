import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readmeExamples, runExample } from '../../../scripts/readme-example.js';

const dir = fileURLToPath(new URL('..', import.meta.url));
const examples = readmeExamples(dir);

describe('README', () => {
  it('has an example', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  it.each(examples)('$title: runs and prints the output it shows', ({ code, expected }) => {
    expect(runExample(dir, code)).toBe(expected);
  });
});
