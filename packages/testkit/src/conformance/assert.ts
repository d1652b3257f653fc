import { isDeepStrictEqual } from 'node:util';
import { parseEnvelope } from '@monitorqa/errors';
import { INTERNAL_MESSAGE, catalogOf, errorContractProbes, type ContractOptions, type Probe } from './probes.js';
import { send, type ContractTarget } from './target.js';

const JSON_TYPE = /^application\/json\s*(;|$)/i;
const PROBLEM_TYPE = /^application\/problem\+json\s*(;|$)/i;
// What a stack trace or a server-side path looks like in a body.
const LEAK = /\bat [\w$.<>]+ \(|node:internal|\/(?:home|srv|app|usr|var|opt|Users)\/[\w.-]+\/|\.(?:ts|js|mjs|cjs):\d+/;

/** A probe's answer broke the contract: what was sent, what came back, what the contract wants. */
export class ContractViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractViolation';
  }
}

/**
 * Sends one probe and checks the whole answer; throws a `ContractViolation` saying what was
 * sent, what came back and what the contract wants.
 * @example await runProbe('http://127.0.0.1:3000', probe, { catalog })
 */
export async function runProbe(target: ContractTarget, probe: Probe, options: ContractOptions = {}): Promise<void> {
  const res = await send(target, probe.path, probe.init);
  const text = await res.text();
  const problems = check(probe, options, res, text);
  if (problems.length === 0) return;
  const sent = `${probe.init.method ?? 'GET'} ${probe.path}${describeHeaders(probe.init.headers)}`;
  const want = `${String(probe.expect.status)} ${probe.expect.code}${probe.expect.details === undefined ? '' : ` with details ${JSON.stringify(probe.expect.details)}`}`;
  throw new ContractViolation(
    `${probe.name}\n  sent:     ${sent}\n  got:      ${String(res.status)} ${res.headers.get('content-type') ?? '(no content type)'} ${text.length > 300 ? `${text.slice(0, 300)}…` : text}\n  contract: ${want}\n  ${problems.map((p) => `- ${p}`).join('\n  ')}`,
  );
}

/**
 * Runs every probe against the target and throws one `ContractViolation` listing every
 * answer that broke the contract. For a service's own test suite.
 * @example await assertErrorContract(app.fetch, { catalog, jsonRoute: { method: 'POST', path: '/monitors' }, crashRoute: { method: 'GET', path: '/__crash' } })
 */
export async function assertErrorContract(target: ContractTarget, options: ContractOptions = {}): Promise<void> {
  const failures: string[] = [];
  for (const probe of errorContractProbes(options)) {
    try {
      await runProbe(target, probe, options);
    } catch (error) {
      failures.push(error instanceof ContractViolation ? error.message : `${probe.name}: ${String(error)}`);
    }
  }
  if (failures.length > 0) throw new ContractViolation(`${String(failures.length)} answer${failures.length === 1 ? '' : 's'} broke the error contract:\n\n${failures.join('\n\n')}`);
}

function check(probe: Probe, options: ContractOptions, res: Response, text: string): string[] {
  const { expect } = probe;
  const problems: string[] = [];
  if (res.status !== expect.status) problems.push(`status ${String(res.status)}, not ${String(expect.status)}`);
  const type = res.headers.get('content-type') ?? '';
  if (!(expect.problem === true ? PROBLEM_TYPE : JSON_TYPE).test(type)) problems.push(`content type "${type}", not ${expect.problem === true ? 'application/problem+json' : 'application/json'}`);
  if (!/^[\w.:@/+=-]{1,128}$/.test(res.headers.get('x-request-id') ?? '')) problems.push('no X-Request-Id on the answer');
  if (expect.requestId !== undefined && res.headers.get('x-request-id') !== expect.requestId) problems.push(`X-Request-Id "${res.headers.get('x-request-id') ?? ''}", not the "${expect.requestId}" sent`);
  if (options.secret !== undefined && options.secret !== '' && text.includes(options.secret)) problems.push('the answer holds the planted secret');
  if (LEAK.test(text)) problems.push('the answer holds a stack trace or a server path');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    problems.push('the body is not JSON');
    return problems;
  }
  if (expect.problem === true) {
    const doc = body as { status?: unknown; code?: unknown };
    if (doc.status !== expect.status || doc.code !== expect.code) problems.push(`the problem document says ${String(doc.status)} ${String(doc.code)}`);
    return problems;
  }
  const parsed = parseEnvelope(body);
  if (!parsed.ok) {
    problems.push(`the body is not the envelope {"error":{"message","code","details"}}: ${parsed.reason}`);
    return problems;
  }
  const { code, message, details } = parsed.envelope.error;
  const catalog = catalogOf(options);
  if (code !== expect.code) problems.push(`code ${code}, not ${expect.code}`);
  if (!catalog.codes.includes(code)) problems.push(`code ${code} is not in the service's catalog`);
  else if (catalog.statusOf(code) !== res.status) problems.push(`code ${code} is a ${String(catalog.statusOf(code))} in the catalog, sent with ${String(res.status)}`);
  if (expect.details !== undefined && !isDeepStrictEqual(toPlain(details), toPlain(expect.details))) problems.push(`details ${JSON.stringify(details)}, not ${JSON.stringify(expect.details)}`);
  for (const [key, value] of Object.entries(expect.detailsMatch ?? {})) {
    const actual = details?.[key];
    if (!isDeepStrictEqual(actual, value)) problems.push(`details.${key} is ${JSON.stringify(actual)}, not ${JSON.stringify(value)}`);
  }
  if (expect.leaksNothing === true && message !== INTERNAL_MESSAGE) problems.push(`message "${message}", not the generic "${INTERNAL_MESSAGE}"`);
  return problems;
}

const toPlain = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

function describeHeaders(headers: RequestInit['headers']): string {
  const entries = [...new Headers(headers).entries()];
  return entries.length === 0 ? '' : ` (${entries.map(([k, v]) => `${k}: ${v.length > 60 ? `${v.slice(0, 60)}…` : v}`).join(', ')})`;
}
