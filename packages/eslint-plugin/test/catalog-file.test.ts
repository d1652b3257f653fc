import { describe, expect, it } from 'vitest';
import { codesFromSource } from '../src/util/catalog-file.js';

describe('a service catalog, read by parsing it', () => {
  it.each([
    [
      'defineErrorCatalog with status first',
      "defineErrorCatalog({ LIMIT: { status: 409, message: 'x' } });",
      { LIMIT: 409 },
    ],
    [
      'status written after details',
      "defineErrorCatalog({ LIMIT: { message: 'x', details: details<{ a: { b: number } }>(), status: 409 } });",
      { LIMIT: 409 },
    ],
    [
      'quoted keys',
      `defineErrorCatalog({ 'PLAN_REQUIRED': { "status": 403, message: 'x' } });`,
      { PLAN_REQUIRED: 403 },
    ],
    [
      'a status from a const object of the module',
      "const HTTP = { CONFLICT: 409 } as const; defineErrorCatalog({ TAKEN: { status: HTTP.CONFLICT, message: 'x' } });",
      { TAKEN: 409 },
    ],
    [
      'a status from a const of the module',
      "const GONE = 404; defineErrorCatalog({ GONE_FOR_GOOD: { status: GONE, message: 'x' } });",
      { GONE_FOR_GOOD: 404 },
    ],
    [
      'a status from an enum of the module',
      "enum Http { BadGateway = 502 } defineErrorCatalog({ CHECK_FAILED: { status: Http.BadGateway, message: 'x' } });",
      { CHECK_FAILED: 502 },
    ],
    [
      'definitions in a const, then passed',
      "const codes = { A_CODE: { status: 400, message: 'x' } } satisfies CodeDefinitions; export const c = defineErrorCatalog(codes);",
      { A_CODE: 400 },
    ],
    [
      '.extend chains',
      "export const c = defineErrorCatalog({ A: { status: 400, message: 'a' } }).extend({ B: { status: 409, message: 'b' } }); export const d = c.extend({ C: { status: 503, message: 'c' } });",
      { A: 400, B: 409, C: 503 },
    ],
    [
      'commented-out codes are not codes',
      "defineErrorCatalog({\n  // OLD_CODE: { status: 410, message: 'x' },\n  /* DEAD: { status: 400, message: 'x' }, */\n  LIVE: { status: 404, message: 'x' },\n});",
      { LIVE: 404 },
    ],
    [
      'a namespace import',
      "import * as errors from '@monitorqa/errors'; errors.defineErrorCatalog({ NS_CODE: { status: 422, message: 'x' } });",
      { NS_CODE: 422 },
    ],
    [
      'JavaScript (CommonJS)',
      "const { defineErrorCatalog } = require('@monitorqa/errors'); module.exports = defineErrorCatalog({ CJS_CODE: { status: 401, message: 'x' } });",
      { CJS_CODE: 401 },
    ],
  ])('%s', (_name, source, codes) => {
    expect(codesFromSource(source, 'errors.ts')).toEqual(codes);
  });

  it('throws the parse error of a module that does not parse', () => {
    expect(() => codesFromSource('defineErrorCatalog({ A: ', 'errors.ts')).toThrow();
  });
});
