import { describe, expect, it } from 'vitest';
import { BUDGET, bundleSize } from '../scripts/size.js';

describe('bundle size', () => {
  it(`client + core, minified and gzipped, stays within ${BUDGET} B and imports no Node built-in`, async () => {
    const { gzipped } = await bundleSize();
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
  });
});
