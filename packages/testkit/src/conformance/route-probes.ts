// What the kit sends to each declared route (`defineRoutes`), and how it reads the answers: every error
// must carry a code its route may answer, with the status and the details its catalog says.
import { errorCatalog, parseEnvelope, routeCodes, type AnyErrorCatalog, type AnyRoute } from '@monitorqa/errors';
import { detailsSchemaOf } from '@monitorqa/errors/tooling';
import { schemaProblems } from '../internal/schema-check.js';
import { send, type Answer, type ContractTarget } from './target.js';

/** What the kit needs to probe declared routes. */
export interface RouteProbeOptions {
  readonly catalog?: AnyErrorCatalog | undefined;
  /** The service's declared routes: each is sent the requests that reach the errors it can answer. */
  readonly routes?: Readonly<Record<string, AnyRoute>> | undefined;
  /** Headers sent to every declared route (an API key that passes): without them too, when given. */
  readonly routeHeaders?: Readonly<Record<string, string>> | undefined;
}

/** A parameter value no service holds. */
const UNKNOWN_ID = 'monitorqa-probe-unknown';

interface RouteProbe {
  readonly name: string;
  readonly route: AnyRoute;
  readonly request: { method: string; path: string; headers?: Readonly<Record<string, string>>; body?: string };
}

/** The requests sent to each declared route: an unknown id, a body its route cannot want, no credentials. */
export function routeProbes(options: RouteProbeOptions): RouteProbe[] {
  const probes: RouteProbe[] = [];
  for (const route of Object.values(options.routes ?? {})) {
    const path = route.path.replace(/:[A-Za-z0-9_]+/g, UNKNOWN_ID);
    const hasBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
    const headers = { ...options.routeHeaders, ...(hasBody ? { 'content-type': 'application/json' } : {}) };
    const body = hasBody ? '{}' : undefined;
    const name = `${route.name} (${route.method} ${route.path})`;
    if (path !== route.path)
      probes.push({ name: `${name}: an unknown id`, route, request: { method: route.method, path, headers, body } });
    if (hasBody)
      probes.push({
        name: `${name}: a body that is a JSON string`,
        route,
        request: { method: route.method, path, headers, body: '"monitorqa-probe"' },
      });
    if (options.routeHeaders !== undefined) {
      const bare = hasBody ? { 'content-type': 'application/json' } : undefined;
      probes.push({
        name: `${name}: no credentials`,
        route,
        request: { method: route.method, path, headers: bare, body },
      });
    }
    // A route none of these reach (a GET without parameters, no credentials given) is still sent once.
    if (path === route.path && !hasBody && options.routeHeaders === undefined)
      probes.push({ name: `${name}: as it is`, route, request: { method: route.method, path } });
  }
  return probes;
}

/**
 * Sends every route probe and returns what broke the contract, one paragraph per answer: an error whose
 * code its route does not declare (nor the universal codes, nor a general code), or whose envelope,
 * status or details do not match the route's operation schema (`toOpenApiDocument`).
 */
export async function routeFailures(target: ContractTarget, options: RouteProbeOptions): Promise<string[]> {
  const failures: string[] = [];
  for (const probe of routeProbes(options)) {
    let problems: string[];
    let answer: Answer | undefined;
    try {
      answer = await send(target, probe.request);
      problems = checkAnswer(probe.route, answer, options.catalog ?? errorCatalog);
    } catch (error) {
      problems = [`the request failed: ${String(error)}`];
    }
    if (problems.length === 0) continue;
    const got = answer === undefined ? '(no answer)' : `${String(answer.status)} ${answer.body.slice(0, 300)}`;
    failures.push(
      `${probe.name}\n  sent:     ${probe.request.method} ${probe.request.path}\n  got:      ${got}\n  contract: an answer of ${probe.route.name}: a success, or an error it declares\n  ${problems.map((p) => `- ${p}`).join('\n  ')}`,
    );
  }
  return failures;
}

/** The problems of one answer of a declared route; none for a success. */
export function checkAnswer(route: AnyRoute, answer: Answer, catalog: AnyErrorCatalog): string[] {
  if (answer.status < 400) return [];
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return ['the body is not JSON'];
  }
  const parsed = parseEnvelope(body);
  if (!parsed.ok) return [`the body is not the envelope: ${parsed.reason}`];
  const { code, details } = parsed.envelope.error;
  const problems: string[] = [];
  if (!routeCodes(route).includes(code))
    problems.push(
      `code ${code} is not one ${route.name} declares (nor a universal or general code): declare it, or answer another`,
    );
  if (!catalog.codes.includes(code)) problems.push(`code ${code} is not in the service's catalog`);
  else if (catalog.statusOf(code) !== answer.status)
    problems.push(
      `code ${code} is a ${String(catalog.statusOf(code))} in the catalog, sent with ${String(answer.status)}`,
    );
  const schema = catalog.codes.includes(code) ? detailsSchemaOf(code, catalog) : undefined;
  if (schema !== undefined && details !== undefined) problems.push(...schemaProblems(schema, details, 'details'));
  if (answer.headers['x-request-id'] === undefined) problems.push('no X-Request-Id on the answer');
  return problems;
}
