// The conformance kit against real Express apps each missing one piece of wiring: its failure names
// the piece and how to add it, and the same app with the piece in place passes.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import express4 from 'express4';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContractViolation, assertErrorContract, type ContractOptions } from '@monitorqa/errors-testkit';
import { errorHandler, jsonBody, notFoundHandler } from '../src/adapters/express.js';
import { handleClientErrors } from '../src/adapters/node.js';

const NOT_FOUND_HANDLER =
  'notFoundHandler() is missing: add app.use(notFoundHandler(), errorHandler()) from @monitorqa/errors-server/express after the routes.';
const CLIENT_ERRORS =
  'handleClientErrors(server) is missing: call it, from @monitorqa/errors-server/node, once the server listens.';
const JSON_BODY =
  "body-parser reads the JSON bodies, not the contract's reader: on Express, replace app.use(express.json()) with app.use(jsonBody()) from @monitorqa/errors-server/express, before the routes (express.urlencoded() and multer stay); on Nest, ErrorContractModule.forRoot() reads them.";

let server: Server | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

interface Wiring {
  readonly parser: 'express.json()' | 'jsonBody()';
  readonly notFoundHandler: boolean;
  readonly handleClientErrors: boolean;
}
const COMPLETE: Wiring = { parser: 'jsonBody()', notFoundHandler: true, handleClientErrors: true };
const options: ContractOptions = {
  jsonRoute: { method: 'POST', path: '/monitors' },
  wireRoute: { method: 'GET', path: '/health' },
};

describe.each([
  ['Express 5', express],
  ['Express 4', express4],
] as const)('the kit on an %s app missing a piece of wiring', (_name, create) => {
  async function listen(wiring: Wiring): Promise<string> {
    const app = create();
    app.use(wiring.parser === 'jsonBody()' ? jsonBody() : express.json());
    app.get('/health', (_req, res) => {
      res.json({ ok: true });
    });
    app.post('/monitors', (req, res) => {
      res.status(201).json({ body: req.body as unknown });
    });
    if (wiring.notFoundHandler) app.use(notFoundHandler());
    app.use(errorHandler());
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => {
        resolve(s);
      });
    });
    if (wiring.handleClientErrors) handleClientErrors(server);
    return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  }

  async function failure(wiring: Wiring): Promise<ContractViolation> {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = await assertErrorContract(await listen(wiring), options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractViolation);
    return error as ContractViolation;
  }

  it('passes with every piece in place', async () => {
    await assertErrorContract(await listen(COMPLETE), options);
  });

  it('no notFoundHandler(): Express\'s "Cannot GET" page names it', async () => {
    const error = await failure({ ...COMPLETE, notFoundHandler: false });
    expect(error.wiring).toEqual([NOT_FOUND_HANDLER]);
    expect(error.message).toContain(`Missing wiring:\n- ${NOT_FOUND_HANDLER}\n\n`);
    expect(error.message).toContain(
      `  wiring:   Express answered with its own "Cannot GET" page: ${NOT_FOUND_HANDLER}`,
    );
  });

  it("no handleClientErrors(server): Node's bare 417 and 400 name it", async () => {
    const error = await failure({ ...COMPLETE, handleClientErrors: false });
    expect(error.wiring).toEqual([CLIENT_ERRORS]);
    expect(error.message).toContain(`  wiring:   Node answered a bare 417 before any framework ran: ${CLIENT_ERRORS}`);
    expect(error.message).toContain(`  wiring:   Node answered a bare 400 before any framework ran: ${CLIENT_ERRORS}`);
  });

  it('express.json() in place of jsonBody(): text/plain reaching the route, the encoded body and the 100 kB limit name it', async () => {
    const error = await failure({ ...COMPLETE, parser: 'express.json()' });
    expect(error.wiring).toEqual([JSON_BODY]);
    const signs = error.message
      .split('\n')
      .filter((line) => line.startsWith('  wiring:   '))
      .map((line) => line.slice('  wiring:   '.length, line.indexOf(': body-parser reads')));
    expect(signs).toEqual([
      'the route ran on a body the contract refuses (body-parser skips a body it does not parse, and replaces bytes it cannot decode)',
      'the route ran on a body the contract refuses (body-parser skips a body it does not parse, and replaces bytes it cannot decode)',
      'the route ran on a body the contract refuses (body-parser skips a body it does not parse, and replaces bytes it cannot decode)',
      'the refusal does not name the encoding: body-parser inflated the body, and zlib refused it',
      'the route ran on a body the contract refuses (body-parser skips a body it does not parse, and replaces bytes it cannot decode)',
      "the limit is body-parser's 100 kB (if 100 kB is the limit you want: jsonBody({ bodyLimit: 102400 }), and bodyLimit: 102400 in the kit's options)",
    ]);
  });
});

describe("body-parser's zlib error, with express.json() kept", () => {
  it.each([
    ['Express 5', express],
    ['Express 4', express4],
  ] as const)(
    "%s: a body that says gzip and is not is 400 UNSUPPORTED_CONTENT_TYPE, not zlib's words",
    async (_name, create) => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const app = create();
      app.use(express.json());
      app.post('/monitors', (_req, res) => {
        res.status(201).end();
      });
      app.use(errorHandler());
      server = await new Promise<Server>((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => {
          resolve(s);
        });
      });
      const res = await fetch(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}/monitors`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: '{"name":"api"}',
      });
      expect([res.status, res.headers.get('connection'), await res.json()]).toEqual([
        400,
        'close',
        {
          error: {
            message: 'The request content encoding is not supported: send the body unencoded.',
            code: 'UNSUPPORTED_CONTENT_TYPE',
            details: { expected: 'application/json' },
          },
        },
      ]);
    },
  );
});
