// The kit's own diagnostics, against services that break the contract in the ways services do.
// (Conforming services pass it in the server package's suite, on every adapter, and in the release test.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ContractViolation,
  assertErrorContract,
  canProbe,
  errorContractProbes,
  probesTable,
  runProbe,
} from '../src/index.js';
import { catalog } from './fixtures/v1.js';

// A handler of the kind a service writes by hand: a bare `{ message }` 404, a stack in its 500.
const handWritten = (request: Request): Response => {
  const { pathname } = new URL(request.url);
  if (pathname === '/crash')
    return Response.json(
      {
        error: {
          message: 'TypeError: x is undefined\n    at handler (/srv/app/src/routes.ts:42:7)',
          code: 'INTERNAL_SERVER_ERROR',
        },
      },
      { status: 500 },
    );
  return Response.json({ message: 'Not found' }, { status: 404 });
};

describe('errorContractProbes', () => {
  it('always probes unknown routes and paths, request ids and problem+json; the routes a service names add theirs', () => {
    expect(errorContractProbes().map((p) => p.name)).toEqual([
      'an unknown route (the path as sent, without the query)',
      'an unknown path that is not valid percent-encoding',
      'an X-Request-Id sent is echoed',
      'Accept: application/problem+json gets an RFC 9457 document',
    ]);
    const all = errorContractProbes({
      jsonRoute: { method: 'POST', path: '/monitors' },
      paramRoute: { method: 'GET', path: '/monitors/:id' },
      keyRoute: { method: 'PUT', path: '/secure' },
      crashRoute: { method: 'GET', path: '/crash' },
      wireRoute: { method: 'GET', path: '/health' },
      statuses: [{ request: { method: 'GET', path: '/monitors/1' }, status: 404, code: 'RESOURCE_NOT_FOUND' }],
    });
    expect(all.map((p) => p.request.path).filter((p) => p.startsWith('/monitors/'))).toEqual([
      '/monitors/%E0%A4%A',
      '/monitors/1',
    ]);
    expect(all).toHaveLength(4 + 8 + 1 + 2 + 1 + 1 + 12);
  });
  it('skips the socket-level probes for a fetch handler, and refuses to run one on it', async () => {
    const [raw] = errorContractProbes({ wireRoute: { method: 'GET', path: '/health' } }).filter(
      (p) => p.request.raw !== undefined,
    );
    expect(canProbe(handWritten, raw!)).toBe(false);
    await expect(runProbe(handWritten, raw!)).rejects.toThrow(
      'is sent on a socket: give a base URL, not a fetch handler.',
    );
  });
});

describe('a 404 answered with { message }', () => {
  it('fails, saying what was sent, what came back and what the contract wants', async () => {
    const failure = await runProbe(handWritten, errorContractProbes()[0]!).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ContractViolation);
    expect((failure as Error).message).toBe(
      [
        'an unknown route (the path as sent, without the query)',
        '  sent:     GET /__monitorqa-probe/no%20such%20route?q=1',
        '  got:      404 application/json {"message":"Not found"}',
        '  contract: 404 ROUTE_NOT_FOUND with details {"method":"GET","path":"/__monitorqa-probe/no%20such%20route"}',
        '  - no X-Request-Id on the answer',
        '  - the body is not the envelope {"error":{"message","code","details"}}: Not an error envelope: the body has no "error" object.',
      ].join('\n'),
    );
  });
});

describe('a 500 that leaks', () => {
  it('fails on the stack, the path and the planted secret, and on a message that is not the generic one', async () => {
    const leaky = (request: Request): Response =>
      new URL(request.url).pathname === '/crash' ? handWritten(request) : Response.json({}, { status: 404 });
    const failure = (await assertErrorContract(leaky, {
      catalog,
      crashRoute: { method: 'GET', path: '/crash' },
      secret: 'routes.ts',
    }).catch((e: unknown) => e)) as Error;
    expect(failure.message).toMatch(/^5 answers broke the error contract:/);
    expect(failure.message).toContain('- the answer holds the planted secret');
    expect(failure.message).toContain('- the answer holds a stack trace or a server path');
    expect(failure.message).toContain('- message "TypeError: x is undefined');
    expect(failure.message).toContain('not the generic "An unexpected error occurred."');
  });
});

describe('a running service, by base URL', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // A code of another status than the catalog's: the envelope alone is not enough.
    server = createServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json', 'x-request-id': 'r1' }).end(
        JSON.stringify({
          error: { message: 'Gone.', code: 'ROUTE_NOT_FOUND', details: { method: 'GET', path: '/x' } },
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(() => {
    server.close();
  });
  it("checks each code's status against the catalog", async () => {
    const failure = (await runProbe(url, errorContractProbes()[0]!, { catalog }).catch((e: unknown) => e)) as Error;
    expect(failure.message).toContain('- status 400, not 404');
    expect(failure.message).toContain('- code ROUTE_NOT_FOUND is a 404 in the catalog, sent with 400');
  });
});

describe('probesTable', () => {
  it('renders the probes as the Markdown table a README states', () => {
    expect(probesTable(errorContractProbes().slice(0, 2))).toBe(
      [
        '| Request | Status | Code | Message | `details` |',
        '|---|---|---|---|---|',
        '| an unknown route (the path as sent, without the query) | 404 | `ROUTE_NOT_FOUND` | No endpoint matches this method and path. | `{"method":"GET","path":"/__monitorqa-probe/no%20such%20route"}` |',
        '| an unknown path that is not valid percent-encoding | 400 | `MALFORMED_REQUEST` | The request path has invalid percent-encoding. |  |',
      ].join('\n'),
    );
  });
});

describe('statuses[].request with an object body', () => {
  it('is sent as JSON with content-type: application/json, unless the request names its own content type', async () => {
    const seen: string[] = [];
    const echo = async (request: Request): Promise<Response> => {
      seen.push(`${request.headers.get('content-type') ?? ''} ${await request.text()}`);
      return Response.json(
        { error: { message: 'The monitor limit is reached.', code: 'MONITOR_LIMIT_REACHED', details: { limit: 5 } } },
        { status: 409, headers: { 'x-request-id': 'r1' } },
      );
    };
    const request = { method: 'POST', path: '/monitors', body: { name: 'api', tags: ['a'] } };
    const probes = errorContractProbes({
      statuses: [
        { request, status: 409, code: 'MONITOR_LIMIT_REACHED' },
        {
          request: { ...request, headers: { 'Content-Type': 'application/merge-patch+json' } },
          status: 409,
          code: 'MONITOR_LIMIT_REACHED',
        },
      ],
    }).slice(4);
    for (const probe of probes) await runProbe(echo, probe, { catalog });
    expect(seen).toEqual([
      'application/json {"name":"api","tags":["a"]}',
      'application/merge-patch+json {"name":"api","tags":["a"]}',
    ]);
  });
});
