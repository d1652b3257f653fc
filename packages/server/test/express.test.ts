// Adopting the contract in an Express 4 or 5 app that already exists: its uploads (multer) and form
// posts (express.urlencoded) keep working beside jsonBody(), and an express.json() left in place is
// named once, with the fix.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import express4 from 'express4';
import multer from 'multer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { errorHandler, jsonBody, notFoundHandler } from '../src/adapters/express.js';
import { validate } from '../src/index.js';

const EXPRESS_JSON_WARNING =
  '@monitorqa/errors-server: express.json() is mounted on this app, so JSON bodies are read by body-parser, not by the ' +
  "contract: text/plain and bodies without a content type reach routes as undefined, body-parser's limit (100 kB by default) " +
  'applies, and an encoded body is inflated before it is refused. Mount jsonBody() from @monitorqa/errors-server/express in its place ' +
  '(before the routes) to answer every body as the contract says; keep express.json() only if you accept those answers.';

let server: Server | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function listen(app: express.Express): Promise<string> {
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => {
      resolve(s);
    });
  });
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
}

const Monitor = z.object({ name: z.string() });

describe.each([
  ['Express 5', express],
  ['Express 4', express4],
] as const)('an existing %s app adopting the contract', (_name, create) => {
  function brownfield(parsers: express.RequestHandler[]): express.Express {
    const app = create();
    for (const parser of parsers) app.use(parser);
    const upload = multer({ storage: multer.memoryStorage() });
    app.post('/uploads', upload.single('file'), (req, res) => {
      res.json({ name: req.file?.originalname, text: req.file?.buffer.toString('utf8'), body: req.body as unknown });
    });
    app.post('/forms', (req, res) => {
      res.json({ body: req.body as unknown });
    });
    app.post('/monitors', (req, res) => {
      res.status(201).json(validate(Monitor, req.body));
    });
    app.use(notFoundHandler(), errorHandler());
    return app;
  }

  it('keeps multer uploads and express.urlencoded() form posts beside jsonBody()', async () => {
    const url = await listen(brownfield([jsonBody(), express.urlencoded({ extended: false })]));
    const form = new FormData();
    form.append('label', 'nightly');
    form.append('file', new Blob(['id,up\n'], { type: 'text/csv' }), 'checks.csv');
    const uploaded = await fetch(`${url}/uploads`, { method: 'POST', body: form });
    const posted = await fetch(`${url}/forms`, { method: 'POST', body: new URLSearchParams({ name: 'api' }) });
    expect([uploaded.status, await uploaded.json(), posted.status, await posted.json()]).toEqual([
      200,
      { name: 'checks.csv', text: 'id,up\n', body: { label: 'nightly' } },
      200,
      { body: { name: 'api' } },
    ]);
  });

  it('still refuses a form body on a JSON route with the documented 400', async () => {
    const url = await listen(brownfield([jsonBody()]));
    const res = await fetch(`${url}/monitors`, { method: 'POST', body: new URLSearchParams({ name: 'api' }) });
    expect([res.status, await res.json()]).toEqual([
      400,
      {
        error: {
          message: 'The request content type is not supported.',
          code: 'UNSUPPORTED_CONTENT_TYPE',
          details: { contentType: 'application/x-www-form-urlencoded;charset=UTF-8', expected: 'application/json' },
        },
      },
    ]);
  });

  it('names an express.json() left in place, once, with the fix', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const url = await listen(brownfield([express.json()]));
    await fetch(`${url}/nowhere`);
    await fetch(`${url}/nowhere`);
    expect(warn.mock.calls).toEqual([[EXPRESS_JSON_WARNING]]);
  });

  it('says nothing when jsonBody() reads JSON bodies before express.json()', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const url = await listen(brownfield([jsonBody(), express.json()]));
    const res = await fetch(`${url}/monitors`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"api"}',
    });
    await fetch(`${url}/nowhere`);
    expect([res.status, await res.json(), warn.mock.calls]).toEqual([201, { name: 'api' }, []]);
  });
});
