import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runReadmeExample } from '../../../scripts/readme-example.js';

describe('README', () => {
  it('runs its example and prints the output it shows', () => {
    const { stdout, expected } = runReadmeExample(fileURLToPath(new URL('..', import.meta.url)));
    expect(stdout).toBe(expected);
  });
});
