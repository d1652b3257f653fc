import { isDeepStrictEqual } from 'node:util';
import { parseEnvelope } from '@monitorqa/errors';
import { INTERNAL_MESSAGE, catalogOf, errorContractProbes, type ContractOptions, type Probe } from './probes.js';
import { routeFailures } from './route-probes.js';
import { send, sendRaw, type Answer, type ContractTarget } from './target.js';
import { missingWiring } from './wiring.js';

const JSON_TYPE = /^application\/json\s*(;|$)/i;
const PROBLEM_TYPE = /^application\/problem\+json\s*(;|$)/i;
// What a stack trace or a server-side path looks like in a body.
const LEAK = /\bat [\w$.<>]+ \(|node:internal|\/(?:home|srv|app|usr|var|opt|Users)\/[\w.-]+\/|\.(?:ts|js|mjs|cjs):\d+/;

/**
 * A probe's answer broke the contract: what was sent, what came back, what the contract wants, and
 * where a known piece of wiring is missing (`notFoundHandler()`, `handleClientErrors(server)`,
 * `express.json()` in place of `jsonBody()`), which one and how to add it: also in `wiring`.
 */
export class ContractViolation extends Error {
  /** The pieces of wiring the failed answers show missing, each with how to add it, once each. */
  readonly wiring: readonly string[];
  constructor(message: string, wiring: readonly string[] = []) {
    super(message);
    this.name = 'ContractViolation';
    this.wiring = wiring;
  }
}

/** Whether a probe can be sent to a target: a socket-level probe needs a base URL. */
export function canProbe(target: ContractTarget, probe: Probe): boolean {
  return probe.request.raw === undefined || typeof target !== 'function';
}

/**
 * Sends one probe and checks the whole answer; throws a `ContractViolation` saying what was
 * sent, what came back and what the contract wants.
 * @example await runProbe('http://127.0.0.1:3000', probe, { catalog })
 */
export async function runProbe(target: ContractTarget, probe: Probe, options: ContractOptions = {}): Promise<void> {
  const { request } = probe;
  if (request.raw !== undefined && typeof target === 'function')
    throw new TypeError(`"${probe.name}" is sent on a socket: give a base URL, not a fetch handler.`);
  const answer =
    request.raw !== undefined ? await sendRaw(target as string | URL, request.raw) : await send(target, request);
  const problems = check(probe, options, answer);
  if (problems.length === 0) return;
  const sent =
    request.raw !== undefined
      ? JSON.stringify(request.raw)
      : `${request.method} ${request.path}${describeHeaders(request.headers)}`;
  const { expect } = probe;
  const want = `${String(expect.status)}${expect.error === undefined ? '' : ` ${expect.error.code}`}${expect.error?.details === undefined ? '' : ` with details ${JSON.stringify(expect.error.details)}`}`;
  const { body } = answer;
  const missing = missingWiring(probe, answer);
  throw new ContractViolation(
    `${probe.name}\n  sent:     ${sent}\n  got:      ${String(answer.status)} ${answer.headers['content-type'] ?? '(no content type)'} ${body.length > 300 ? `${body.slice(0, 300)}…` : body}\n  contract: ${want}\n  ${problems.map((p) => `- ${p}`).join('\n  ')}${missing === undefined ? '' : `\n  wiring:   ${missing.sign}: ${missing.wiring}`}`,
    missing === undefined ? [] : [missing.wiring],
  );
}

/**
 * Runs every probe the target can take and throws one `ContractViolation` listing every answer
 * that broke the contract. For a service's own test suite.
 * @example await assertErrorContract(app.fetch, { catalog, jsonRoute: { method: 'POST', path: '/monitors' }, crashRoute: { method: 'GET', path: '/__crash' } })
 */
export async function assertErrorContract(target: ContractTarget, options: ContractOptions = {}): Promise<void> {
  const failures: string[] = [];
  const wiring = new Set<string>();
  for (const probe of errorContractProbes(options).filter((p) => canProbe(target, p))) {
    try {
      await runProbe(target, probe, options);
    } catch (error) {
      failures.push(error instanceof ContractViolation ? error.message : `${probe.name}: ${String(error)}`);
      if (error instanceof ContractViolation) for (const piece of error.wiring) wiring.add(piece);
    }
  }
  // Declared routes (`options.routes`): every error each answers must be one it declares.
  failures.push(...(await routeFailures(target, options)));
  if (failures.length === 0) return;
  // The missing wiring first: one line each explains most of the failures below it.
  const summary = wiring.size === 0 ? '' : `Missing wiring:\n${[...wiring].map((w) => `- ${w}`).join('\n')}\n\n`;
  throw new ContractViolation(
    `${String(failures.length)} answer${failures.length === 1 ? '' : 's'} broke the error contract:\n\n${summary}${failures.join('\n\n')}`,
    [...wiring],
  );
}

function check(probe: Probe, options: ContractOptions, answer: Answer): string[] {
  const { expect } = probe;
  const problems: string[] = [];
  const { status, headers, body: text } = answer;
  if (status !== expect.status) problems.push(`status ${String(status)}, not ${String(expect.status)}`);
  if (options.secret !== undefined && options.secret !== '' && text.includes(options.secret))
    problems.push('the answer holds the planted secret');
  if (LEAK.test(text)) problems.push('the answer holds a stack trace or a server path');
  if (expect.error === undefined) return [...problems, ...checkSuccess(expect.body, text)];
  const type = headers['content-type'] ?? '';
  if (!(expect.problem === true ? PROBLEM_TYPE : JSON_TYPE).test(type))
    problems.push(
      `content type "${type}", not ${expect.problem === true ? 'application/problem+json' : 'application/json'}`,
    );
  const requestId = headers['x-request-id'] ?? '';
  if (!/^[\w.:@/+=-]{1,128}$/.test(requestId)) problems.push('no X-Request-Id on the answer');
  if (expect.requestId !== undefined && requestId !== expect.requestId)
    problems.push(`X-Request-Id "${requestId}", not the "${expect.requestId}" sent`);
  if (expect.closes === true && headers.connection?.toLowerCase() !== 'close')
    problems.push('the connection is kept open after refusing a body that may be unread (Connection: close)');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    problems.push('the body is not JSON');
    return problems;
  }
  if (expect.problem === true) {
    const doc = body as { status?: unknown; code?: unknown };
    if (doc.status !== expect.status || doc.code !== expect.error.code)
      problems.push(`the problem document says ${String(doc.status)} ${String(doc.code)}`);
    return problems;
  }
  const parsed = parseEnvelope(body);
  if (!parsed.ok) {
    problems.push(`the body is not the envelope {"error":{"message","code","details"}}: ${parsed.reason}`);
    return problems;
  }
  const { code, message, details } = parsed.envelope.error;
  const catalog = catalogOf(options);
  if (code !== expect.error.code) problems.push(`code ${code}, not ${expect.error.code}`);
  if (!catalog.codes.includes(code)) problems.push(`code ${code} is not in the service's catalog`);
  else if (catalog.statusOf(code) !== status)
    problems.push(`code ${code} is a ${String(catalog.statusOf(code))} in the catalog, sent with ${String(status)}`);
  if (expect.error.message !== undefined && message !== expect.error.message)
    problems.push(`message "${message}", not "${expect.error.message}"`);
  if (expect.error.details !== undefined && !isDeepStrictEqual(toPlain(details), toPlain(expect.error.details)))
    problems.push(`details ${JSON.stringify(details)}, not ${JSON.stringify(expect.error.details)}`);
  for (const [key, value] of Object.entries(expect.detailsMatch ?? {})) {
    const actual = details?.[key];
    if (!isDeepStrictEqual(actual, value))
      problems.push(`details.${key} is ${JSON.stringify(actual)}, not ${JSON.stringify(value)}`);
  }
  if (expect.leaksNothing === true && message !== INTERNAL_MESSAGE)
    problems.push(`message "${message}", not the generic "${INTERNAL_MESSAGE}"`);
  return problems;
}

function checkSuccess(expected: unknown, text: string): string[] {
  if (expected === undefined) return text === '' ? [] : [`a body "${text.slice(0, 80)}", where none is sent`];
  try {
    return isDeepStrictEqual(JSON.parse(text), expected)
      ? []
      : [`body ${text.slice(0, 200)}, not ${JSON.stringify(expected)}`];
  } catch {
    return ['the body is not JSON'];
  }
}

const toPlain = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

function describeHeaders(headers: Readonly<Record<string, string>> | undefined): string {
  const entries = Object.entries(headers ?? {});
  return entries.length === 0
    ? ''
    : ` (${entries.map(([k, v]) => `${k}: ${v.length > 60 ? `${v.slice(0, 60)}…` : v}`).join(', ')})`;
}
