// The demo service on every adapter passes the conformance kit a service runs in its own tests
// (@monitorqa/errors-testkit), as `pnpm demo` prints it.
import { describe, expect, it } from 'vitest';
import { demos } from '../src/harness.js';
import { runKit } from '../src/kit.js';

describe.each(Object.entries(demos))('%s under the conformance kit', (name, start) => {
  it('answers every probe as the contract says', async () => {
    const result = await runKit(name, start);
    expect(result.failures).toEqual([]);
    expect(result.probes).toBe(29);
  });
});
