import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../src/index.js';

const pollution = fc.constantFrom(
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"error":{"message":"x","code":"A","details":{"__proto__":{"polluted":true}}}}',
  '{"error":{"__proto__":{"message":"x","code":"A"}}}',
  '{"__proto__":{"error":{"message":"x","code":"A"}}}',
);

describe('envelope parser under fuzzing', () => {
  it('never throws on any JSON value, and accepts exactly the valid envelopes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseEnvelope(value);
        if (result.ok) {
          expect(typeof result.envelope.error.message).toBe('string');
          expect(result.envelope.error.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
        } else {
          expect(result.reason).toMatch(/^Not an error envelope: /);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads envelopes wrapped in arbitrary extra fields', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.stringMatching(/^[A-Z][A-Z0-9_]{0,20}$/),
        fc.dictionary(fc.string(), fc.jsonValue()),
        (message, code, extra) => {
          const result = parseEnvelope({ ...extra, error: { ...extra, message, code } });
          expect(result).toEqual({ ok: true, envelope: { error: { message, code } } });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never pollutes Object.prototype, whatever JSON.parse gives it', () => {
    fc.assert(
      fc.property(pollution, fc.jsonValue(), (payload, value) => {
        parseEnvelope(JSON.parse(payload));
        parseEnvelope(value);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
