import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'e2e',
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    // The release test installs and publishes in beforeAll: minutes, not a hang.
    hookTimeout: 600_000,
  },
});
