import { describe, expect, it } from 'vitest';
import {
  isErrorEnvelope,
  isJsonMediaType,
  parseEnvelope,
  readEnvelope,
  toEnvelope,
  toEnvelopeJson,
} from '../src/index.js';

describe('parseEnvelope', () => {
  it('accepts the documented envelope and keeps details', () => {
    const value = { error: { message: 'Nope.', code: 'NOT_FOUND', details: { field: 'id' } } };
    expect(parseEnvelope(value)).toEqual({ ok: true, envelope: value });
  });

  it('tolerates extra fields and drops them', () => {
    const value = { error: { message: 'x', code: 'CONFLICT', extra: 1 }, requestId: 'r1' };
    expect(parseEnvelope(value)).toEqual({ ok: true, envelope: { error: { message: 'x', code: 'CONFLICT' } } });
  });

  it('treats null details as none', () => {
    expect(parseEnvelope({ error: { message: 'x', code: 'CONFLICT', details: null } })).toEqual({
      ok: true,
      envelope: { error: { message: 'x', code: 'CONFLICT' } },
    });
  });

  it.each([
    [null, 'the body has no "error" object'],
    [undefined, 'the body has no "error" object'],
    ['{"error":{}}', 'the body has no "error" object'],
    [42, 'the body has no "error" object'],
    [[{ error: {} }], 'the body has no "error" object'],
    [{ error: 'Not found' }, 'the body has no "error" object'],
    [{ error: null }, 'the body has no "error" object'],
    [{ error: [] }, 'the body has no "error" object'],
    [{ message: 'x', code: 'NOT_FOUND' }, 'the body has no "error" object'],
    [{ error: { code: 'NOT_FOUND' } }, '"error.message" is not a string'],
    [{ error: { message: 1, code: 'NOT_FOUND' } }, '"error.message" is not a string'],
    [{ error: { message: 'x' } }, '"error.code" is not an UPPER_SNAKE string'],
    [{ error: { message: 'x', code: 404 } }, '"error.code" is not an UPPER_SNAKE string'],
    [{ error: { message: 'x', code: 'not-found' } }, '"error.code" is not an UPPER_SNAKE string'],
    [{ error: { message: 'x', code: 'NOT_FOUND', details: 'id' } }, '"error.details" is not an object'],
    [{ error: { message: 'x', code: 'NOT_FOUND', details: [1] } }, '"error.details" is not an object'],
  ])('rejects %j: %s', (value, reason) => {
    expect(parseEnvelope(value)).toEqual({ ok: false, reason: `Not an error envelope: ${reason}.` });
    expect(isErrorEnvelope(value)).toBe(false);
    expect(readEnvelope(value)).toBeUndefined();
  });

  it('reads own properties only: an inherited envelope is not one', () => {
    const inherited = Object.create({ error: { message: 'x', code: 'NOT_FOUND' } }) as unknown;
    expect(parseEnvelope(inherited).ok).toBe(false);
    const viaProto = { ['__proto__']: { error: { message: 'x', code: 'NOT_FOUND' } } };
    expect(parseEnvelope(viaProto).ok).toBe(false);
  });

  it('survives __proto__ and constructor keys from JSON without polluting Object.prototype', () => {
    const parsed = JSON.parse(
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"error":{"message":"x","code":"BAD_REQUEST","details":{"__proto__":{"polluted":3}}}}',
    ) as unknown;
    const result = parseEnvelope(parsed);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never throws, even on a hostile proxy or a throwing getter', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        has: () => {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    expect(parseEnvelope(hostile)).toEqual({ ok: false, reason: 'Not an error envelope: the body could not be read.' });
    const getter = {
      error: {
        code: 'X',
        get message(): string {
          throw new Error('boom');
        },
      },
    };
    expect(parseEnvelope(getter)).toEqual({ ok: false, reason: 'Not an error envelope: the body could not be read.' });
  });
});

describe('readEnvelope', () => {
  it("gives the envelope's error member, built anew, with what parseEnvelope gives", () => {
    const value = { error: { message: 'Nope.', code: 'NOT_FOUND', details: { field: 'id' }, extra: 1 } };
    const error = readEnvelope(value);
    expect(error).toEqual({ message: 'Nope.', code: 'NOT_FOUND', details: { field: 'id' } });
    expect(error).not.toBe(value.error);
    const parsed = parseEnvelope(value);
    expect(parsed.ok && parsed.envelope.error).toEqual(error);
  });

  it('never throws on a hostile value', () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    expect(readEnvelope(hostile)).toBeUndefined();
  });
});

describe('isJsonMediaType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    ['application/problem+json', true],
    ['application/vnd.api+json;v=2', true],
    ['application/jsonx', false],
    ['text/json', false],
    ['text/html', false],
    [null, false],
    [undefined, false],
  ])('%s → %s', (type, expected) => {
    expect(isJsonMediaType(type)).toBe(expected);
  });
});

describe('toEnvelopeJson', () => {
  it.each([
    ['no details', 'No monitor 42.', 'RESOURCE_NOT_FOUND', undefined],
    ['null details', 'x', 'NOT_FOUND', null],
    [
      'details',
      'Quote "this" \u2028 and \\ that.',
      'RESOURCE_NOT_FOUND',
      { resource: 'monitor', id: '42', nested: { a: [1, 'b'] } },
    ],
    ['details whose toJSON gives nothing', 'x', 'CONFLICT', { toJSON: () => undefined }],
  ] as const)('is the text of toEnvelope, byte for byte: %s', (_name, message, code, details) => {
    const text = toEnvelopeJson(message, code, details);
    expect(text).toBe(JSON.stringify(toEnvelope(message, code, details)));
    expect(parseEnvelope(JSON.parse(text)).ok).toBe(true);
  });
});
