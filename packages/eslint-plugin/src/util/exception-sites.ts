// Statuses set through the exceptions and helpers of the frameworks services use: NestJS,
// http-errors, Boom, @fastify/sensible, Hono. Only the status is known here; the body is the
// framework's (or, with our adapter installed, ours).
import { STATUS_CODES } from 'node:http';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { staticValue } from './static-value.js';

/** A status set by raising an exception or calling a framework helper. */
export interface ExceptionSite {
  readonly node: TSESTree.Node;
  readonly status: number;
  /** The status is an expression of its own (`createError(429)`), not a name (`Boom.tooManyRequests()`). */
  readonly written: boolean;
}

const words = (reason: string): string[] => reason.replace(/'/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
const camel = (reason: string): string => words(reason).map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
const pascal = (reason: string): string => words(reason).map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('');

let tables: { camel: Map<string, number>; nest: Map<string, number> } | undefined;

// The names are the reason phrases (Node's table), plus each library's own spellings where they differ.
function names(): NonNullable<typeof tables> {
  if (tables) return tables;
  const entries = Object.entries(STATUS_CODES).map(([code, reason = '']) => [reason, Number(code)] as const);
  const byCamel = new Map(entries.map(([reason, code]) => [camel(reason), code]));
  for (const [name, code] of Object.entries({ clientTimeout: 408, resourceGone: 410, entityTooLarge: 413, badData: 422, teapot: 418, imateapot: 418, illegal: 451, badImplementation: 500, internal: 500, serverUnavailable: 503 })) byCamel.set(name, code);
  const nest = new Map(entries.map(([reason, code]) => [`${pascal(reason)}Exception`, code]));
  for (const [name, code] of Object.entries({ ImATeapotException: 418, PayloadTooLargeException: 413, MisdirectedException: 421, InternalServerErrorException: 500 })) nest.set(name, code);
  tables = { camel: byCamel, nest };
  return tables;
}

const status = (node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): number | undefined => {
  if (node === undefined) return undefined;
  const value = staticValue(node, sourceCode);
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined;
};

const name = (node: TSESTree.Node): string | undefined => (node.type === AST_NODE_TYPES.Identifier ? node.name : undefined);

/** `new HttpException(body, 429)`, `new HTTPException(429)`, `new TooManyRequestsException()`, `new createError.TooManyRequests()`. */
export function newExceptionSite(node: TSESTree.NewExpression, sourceCode: Readonly<TSESLint.SourceCode>): ExceptionSite | undefined {
  const callee = node.callee;
  const className = name(callee) ?? (callee.type === AST_NODE_TYPES.MemberExpression ? name(callee.property) : undefined);
  if (className === 'HttpException') return at(node.arguments[1], sourceCode);
  if (className === 'HTTPException') return at(node.arguments[0], sourceCode);
  if (className?.endsWith('Exception')) {
    const known = names().nest.get(className);
    return known === undefined ? undefined : { node: callee, status: known, written: false };
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && name(callee.object) === 'createError' && className !== undefined) {
    const known = names().camel.get(className[0]!.toLowerCase() + className.slice(1));
    return known === undefined ? undefined : { node: callee, status: known, written: false };
  }
  return undefined;
}

/** `createError(429)`, `Boom.tooManyRequests()`, `reply.tooManyRequests()` (@fastify/sensible), `fastify.httpErrors.tooManyRequests()`. */
export function callExceptionSite(node: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): ExceptionSite | undefined {
  const callee = node.callee;
  const fn = name(callee);
  if (fn === 'createError' || fn === 'createHttpError' || fn === 'httpErrors') return at(node.arguments[0], sourceCode);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
  const method = name(callee.property);
  const object = callee.object;
  const receiver = name(object) ?? (object.type === AST_NODE_TYPES.MemberExpression ? name(object.property) : undefined);
  // Only on receivers that are these libraries: `Boom`, sensible's `httpErrors`, and a Fastify `reply`.
  if (method === undefined || (receiver !== 'Boom' && receiver !== 'httpErrors' && receiver !== 'reply')) return undefined;
  if (receiver === 'httpErrors' && method === 'createError') return at(node.arguments[0], sourceCode);
  const known = names().camel.get(method);
  return known === undefined || known < 400 ? undefined : { node: callee.property, status: known, written: false };
}

function at(node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): ExceptionSite | undefined {
  const value = status(node, sourceCode);
  return node === undefined || value === undefined ? undefined : { node, status: value, written: true };
}
