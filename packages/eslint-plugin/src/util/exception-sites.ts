// Statuses set through the exceptions and helpers of the frameworks services use: NestJS,
// http-errors, Boom, @fastify/sensible, Hono. Only the status is known here; the body is the
// framework's (or, with our adapter installed, ours).
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { statusArgumentIndex } from './error-classes.js';
import { staticValue } from './static-value.js';
import { statusByName } from './status-names.js';

/** A status set by raising an exception or calling a framework helper. */
export interface ExceptionSite {
  readonly node: TSESTree.Node;
  readonly status: number;
  /** The status is an expression of its own (`createError(429)`), not a name (`Boom.tooManyRequests()`). */
  readonly written: boolean;
}

const status = (node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): number | undefined => {
  if (node === undefined) return undefined;
  const value = staticValue(node, sourceCode);
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined;
};

const name = (node: TSESTree.Node): string | undefined =>
  node.type === AST_NODE_TYPES.Identifier ? node.name : undefined;

/** `new HttpException(body, 429)`, `new HTTPException(429)`, `new TooManyRequestsException()`, `new createError.TooManyRequests()`. */
export function newExceptionSite(
  node: TSESTree.NewExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename?: string,
): ExceptionSite | undefined {
  const callee = node.callee;
  const className =
    name(callee) ?? (callee.type === AST_NODE_TYPES.MemberExpression ? name(callee.property) : undefined);
  if (className === 'HttpException') return at(node.arguments[1], sourceCode);
  if (className === 'HTTPException') return at(node.arguments[0], sourceCode);
  if (className?.endsWith('Exception')) {
    const known = statusByName('nestException', className);
    if (known !== undefined) return { node: callee, status: known, written: false };
  }
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    name(callee.object) === 'createError' &&
    className !== undefined
  ) {
    const known = statusByName('camel', className[0]!.toLowerCase() + className.slice(1));
    return known === undefined ? undefined : { node: callee, status: known, written: false };
  }
  // The service's own class that carries the status it is given: `new InternalFlowiseError(StatusCodes.X, msg)`.
  const index = filename === undefined ? undefined : statusArgumentIndex(callee, sourceCode, filename);
  return index === undefined ? undefined : at(node.arguments[index], sourceCode);
}

/** `createError(429)`, `Boom.tooManyRequests()`, `reply.tooManyRequests()` (@fastify/sensible), `fastify.httpErrors.tooManyRequests()`. */
export function callExceptionSite(
  node: TSESTree.CallExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ExceptionSite | undefined {
  const callee = node.callee;
  const fn = name(callee);
  if (fn === 'createError' || fn === 'createHttpError' || fn === 'httpErrors') return at(node.arguments[0], sourceCode);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
  const method = name(callee.property);
  const object = callee.object;
  const receiver =
    name(object) ?? (object.type === AST_NODE_TYPES.MemberExpression ? name(object.property) : undefined);
  // Only on receivers that are these libraries: `Boom`, sensible's `httpErrors`, and a Fastify `reply`.
  if (method === undefined || (receiver !== 'Boom' && receiver !== 'httpErrors' && receiver !== 'reply'))
    return undefined;
  if (receiver === 'httpErrors' && method === 'createError') return at(node.arguments[0], sourceCode);
  const known = statusByName('camel', method);
  return known === undefined || known < 400 ? undefined : { node: callee.property, status: known, written: false };
}

function at(node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): ExceptionSite | undefined {
  const value = status(node, sourceCode);
  return node === undefined || value === undefined ? undefined : { node, status: value, written: true };
}
