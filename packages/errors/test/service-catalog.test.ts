// A service's own codes, described at run time: what `gen` and the breaking-change check read.
import { type } from 'arktype';
import { toStandardJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineErrorCatalog, details, schemaDetails } from '../src/index.js';
import { detailsSchemaOf, toCodesMarkdown, toJsonSchema } from '../src/tooling.js';

const limitSchema = { type: 'object', properties: { limit: { type: 'integer' } }, required: ['limit'] } as const;
const catalog = defineErrorCatalog(
  {
    LIMIT_BY_JSON_SCHEMA: {
      status: 409,
      message: 'Limit reached.',
      details: schemaDetails<{ limit: number }>(limitSchema),
    },
    LIMIT_BY_ZOD: {
      status: 409,
      message: 'Limit reached.',
      details: z.object({ limit: z.number().int(), plan: z.string().optional() }),
    },
    LIMIT_BY_VALIBOT: {
      status: 409,
      message: 'Limit reached.',
      details: toStandardJsonSchema(v.object({ limit: v.number() })),
    },
    LIMIT_BY_ARKTYPE: { status: 409, message: 'Limit reached.', details: type({ limit: 'number.integer' }) },
    LIMIT_BY_TYPE: {
      status: 409,
      message: 'Limit reached.',
      description: 'Known to the compiler only.',
      details: details<{ limit: number }>(),
    },
  },
  { domain: 'monitors.monitorqa.dev' },
);

describe('details described at run time', () => {
  it('reads a schemaDetails() JSON Schema as given', () => {
    expect(detailsSchemaOf('LIMIT_BY_JSON_SCHEMA', catalog)).toEqual(limitSchema);
  });
  it.each(['LIMIT_BY_ZOD', 'LIMIT_BY_VALIBOT', 'LIMIT_BY_ARKTYPE'])(
    'reads %s through the Standard JSON Schema interface, without its $schema',
    (code) => {
      const schema = detailsSchemaOf(code, catalog);
      expect(schema).toMatchObject({
        type: 'object',
        properties: { limit: { type: expect.stringMatching(/^(integer|number)$/) as unknown } },
        required: ['limit'],
      });
      expect(schema).not.toHaveProperty('$schema');
    },
  );
  it('knows nothing at run time of a details<T>() code, and still knows the base codes', () => {
    expect(detailsSchemaOf('LIMIT_BY_TYPE', catalog)).toBeUndefined();
    expect(detailsSchemaOf('RESOURCE_NOT_FOUND')).toMatchObject({ required: ['resource', 'id'] });
  });
  it("puts a service code's details into the envelope's JSON Schema and the codes page", () => {
    const envelope = JSON.stringify(toJsonSchema(catalog));
    expect(envelope).toContain('{"if":{"properties":{"code":{"const":"LIMIT_BY_ZOD"}}}');
    const page = toCodesMarkdown(catalog);
    expect(page).toContain(
      '### LIMIT_BY_TYPE\n\nKnown to the compiler only.\n\n- Status: `409 Conflict`\n- Default message: "Limit reached."\n',
    );
    expect(page).toContain('### LIMIT_BY_JSON_SCHEMA');
    expect(page).toContain(
      '- Details: `{"type":"object","properties":{"limit":{"type":"integer"}},"required":["limit"]}` (JSON Schema)',
    );
  });
  it('types the details of a Standard Schema code by its output', () => {
    const error = catalog.create('LIMIT_BY_ZOD', { details: { limit: 3 } });
    const limit: number = error.details.limit;
    // @ts-expect-error -- `limit` is a number
    catalog.create('LIMIT_BY_ZOD', { details: { limit: '3' } });
    expect(limit).toBe(3);
  });
});

describe('domain', () => {
  it('is kept on the catalog', () => {
    expect(catalog.domain).toBe('monitors.monitorqa.dev');
    expect(defineErrorCatalog({}).domain).toBeUndefined();
  });
  it('must be a DNS-like name', () => {
    expect(() => defineErrorCatalog({}, { domain: 'Monitors Service' })).toThrow(
      'defineErrorCatalog: domain "Monitors Service" must be a lowercase DNS-like name',
    );
  });
});
