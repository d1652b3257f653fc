// Where code sets a response status, and with which body: the shapes Express, Fastify,
// Hono and fetch code is written in.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyValue, staticValue, unwrap } from './static-value.js';
import { enclosingFunction, walkOwn } from './walk.js';

type Node = TSESTree.Node;

/** One place a status is set. */
export interface StatusSite {
  /** The expression that gives the status. */
  readonly statusNode: Node;
  /** Its value, known without running the code (sites whose status cannot be known are skipped). */
  readonly status: number;
  /** The body sent with it, when it is in the same expression. */
  readonly body: Node | undefined;
  /** Sent with no body at all: `reply.code(404).send()`, `res.status(409).end()`, Koa's `ctx.status = 404` alone. */
  readonly bodyless?: boolean;
}

/** What a chain sends: its body, or nothing (`undefined`) when the send call has no argument. */
interface Sent {
  readonly body: Node | undefined;
}

const sentBody = (call: TSESTree.CallExpression): Sent => {
  const [first] = call.arguments;
  return { body: first === undefined || isNothing(first) ? undefined : first };
};

// `send(null)`, `send(undefined)`, `c.body(null, 404)`: no body.
const isNothing = (node: Node): boolean =>
  (node.type === AST_NODE_TYPES.Literal && node.value === null) ||
  (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');

/** `res.status(n)`, `res.sendStatus(n)`, `res.writeHead(n)`, `reply.code(n)`, `reply.status(n)`. */
const STATUS_METHODS = new Set(['status', 'sendStatus', 'writeHead', 'code']);
/** Hono's `c.json(body, n)`, `c.body(x, n)`, `c.text(x, n)`, `c.html(x, n)`. */
const HONO_METHODS = new Set(['json', 'body', 'text', 'html']);
/** Calls that send the body of a chain started by a status call. */
const SEND_METHODS = new Set(['json', 'send', 'end']);
/** Calls a chain may pass through between status and body: `res.status(404).set(h).json(b)`. */
const CHAIN_METHODS = new Set(['set', 'header', 'headers', 'type', 'location', 'vary', 'append', 'cookie']);

function methodName(callee: Node): string | undefined {
  return callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier
    ? callee.property.name
    : undefined;
}

// A status is a whole number 100–599: `.text('hello', 3)` sets no status.
function number(node: Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): number | undefined {
  if (node === undefined) return undefined;
  const value = staticValue(node, sourceCode);
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined;
}

// From a status call up its chain to the call that sends the body, if there is one.
function chainedBody(call: TSESTree.CallExpression): Sent | undefined {
  // Only calls are walked, and a call always has a parent.
  let current: TSESTree.CallExpression = call;
  for (;;) {
    const member: Node = current.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) return undefined;
    const next: Node = member.parent;
    const name = methodName(member);
    if (next.type !== AST_NODE_TYPES.CallExpression || next.callee !== member || name === undefined) return undefined;
    if (SEND_METHODS.has(name)) return sentBody(next);
    if (!CHAIN_METHODS.has(name)) return undefined;
    current = next;
  }
}

// Fastify's split form: `reply.code(404); return { message }` or `reply.status(404); return reply.send(b)`,
// the status call a statement of its own and the body in the statements after it.
function splitBody(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): Sent | undefined {
  const statement = call.parent;
  const block = statement.parent;
  if (
    statement.type !== AST_NODE_TYPES.ExpressionStatement ||
    (block?.type !== AST_NODE_TYPES.BlockStatement && block?.type !== AST_NODE_TYPES.Program) ||
    call.callee.type !== AST_NODE_TYPES.MemberExpression
  )
    return undefined;
  const target = sourceCode.getText(call.callee.object);
  const sent = (node: Node | null | undefined): Sent | undefined => {
    const n = node ? unwrap(node) : undefined;
    const awaited = n?.type === AST_NODE_TYPES.AwaitExpression ? n.argument : n;
    if (awaited?.type === AST_NODE_TYPES.CallExpression && awaited.callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = methodName(awaited.callee);
      return name !== undefined && SEND_METHODS.has(name) && sourceCode.getText(awaited.callee.object) === target
        ? sentBody(awaited)
        : undefined;
    }
    return undefined;
  };
  const body: readonly Node[] = block.body;
  for (const next of body.slice(body.indexOf(statement) + 1)) {
    if (next.type === AST_NODE_TYPES.ReturnStatement) {
      // An async Fastify handler's return value is the body; `return reply.send(b)` sends `b`.
      const value = next.argument ? unwrap(next.argument) : undefined;
      return (
        sent(value) ??
        (value?.type === AST_NODE_TYPES.ObjectExpression ||
        value?.type === AST_NODE_TYPES.Literal ||
        value?.type === AST_NODE_TYPES.TemplateLiteral
          ? { body: value }
          : undefined)
      );
    }
    if (next.type === AST_NODE_TYPES.ExpressionStatement) {
      const body = sent(next.expression);
      if (body !== undefined) return body;
    }
    // Anything that may branch or set the status again ends the search.
    if (next.type !== AST_NODE_TYPES.ExpressionStatement && next.type !== AST_NODE_TYPES.VariableDeclaration)
      return undefined;
  }
  return undefined;
}

// `new Response(JSON.stringify(body), …)` sends `body`.
function stringified(node: Node | undefined): Node | undefined {
  if (node?.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) {
    const { object, property } = node.callee;
    if (
      object.type === AST_NODE_TYPES.Identifier &&
      object.name === 'JSON' &&
      property.type === AST_NODE_TYPES.Identifier &&
      property.name === 'stringify'
    ) {
      return node.arguments[0];
    }
  }
  return node;
}

function responseInit(
  init: Node | undefined,
  body: Node | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StatusSite | undefined {
  const object = init ? unwrap(init) : undefined;
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const statusNode = propertyValue(object, 'status');
  const status = number(statusNode, sourceCode);
  return statusNode && status !== undefined ? { statusNode, status, body } : undefined;
}

/** The status site a call is, if it is one. */
export function callSite(
  node: TSESTree.CallExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StatusSite | undefined {
  const name = methodName(node.callee);
  if (name === undefined) return undefined;
  const [first, second] = node.arguments;
  if (
    name === 'json' &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    node.callee.object.type === AST_NODE_TYPES.Identifier &&
    node.callee.object.name === 'Response'
  ) {
    return responseInit(second, first, sourceCode);
  }
  if (STATUS_METHODS.has(name) && first !== undefined && node.arguments.length <= 3) {
    // `.code(…)` and `.status(…)` are common names: only a known number makes them a status.
    const status = number(first, sourceCode);
    if (status === undefined) return undefined;
    // `res.sendStatus(404)` sends the reason phrase as text: a body that is not the envelope.
    if (name === 'sendStatus') return { statusNode: first, status, body: node };
    const sent = name === 'writeHead' ? undefined : (chainedBody(node) ?? splitBody(node, sourceCode));
    return { statusNode: first, status, body: sent?.body, bodyless: sent !== undefined && sent.body === undefined };
  }
  if (HONO_METHODS.has(name) && second !== undefined) {
    const status = number(second, sourceCode);
    if (status === undefined) return undefined;
    // `c.text('Not found', 404)` and `c.html(…)` answer text whatever their argument is.
    if (name === 'text' || name === 'html') return { statusNode: second, status, body: node };
    if (name === 'body' && isNothing(first!)) return { statusNode: second, status, body: undefined, bodyless: true };
    return { statusNode: second, status, body: name === 'json' ? first : undefined };
  }
  // Koa: `ctx.throw(404, msg)`, `ctx.assert(found, 404, msg)`; the body is the error handler's.
  if ((name === 'throw' || name === 'assert') && isKoaContext(node.callee)) {
    const statusNode = name === 'throw' ? first : second;
    const status = number(statusNode, sourceCode);
    return statusNode === undefined || status === undefined ? undefined : { statusNode, status, body: undefined };
  }
  return undefined;
}

// Koa's context by the names Koa code gives it: `ctx.status`, `context.status`, `ctx.response.status`.
const KOA_CONTEXT = new Set(['ctx', 'context']);
function isKoaContext(member: Node): boolean {
  if (member.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object =
    member.object.type === AST_NODE_TYPES.MemberExpression && methodName(member.object) === 'response'
      ? member.object.object
      : member.object;
  return object.type === AST_NODE_TYPES.Identifier && KOA_CONTEXT.has(object.name);
}

/** `new Response(body, { status })`. */
export function newSite(
  node: TSESTree.NewExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StatusSite | undefined {
  if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'Response') return undefined;
  return responseInit(node.arguments[1], stringified(node.arguments[0]), sourceCode);
}

/** `res.statusCode = n`, and Koa's `ctx.status = n` with the `ctx.body` of the same function. */
export function assignmentSite(
  node: TSESTree.AssignmentExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StatusSite | undefined {
  if (node.operator !== '=') return undefined;
  const name = methodName(node.left);
  const koa = name === 'status' && isKoaContext(node.left);
  if (name !== 'statusCode' && !koa) return undefined;
  const status = number(node.right, sourceCode);
  if (status === undefined) return undefined;
  if (!koa) return { statusNode: node.right, status, body: undefined };
  const next = koaNext(node, sourceCode);
  if (next !== undefined) return { statusNode: node.right, status, body: next.body, bodyless: next.body === undefined };
  const bodies = koaBodies(node, sourceCode);
  // No `ctx.body` anywhere in the function: Koa answers the status's reason phrase as text.
  if (bodies.length === 0) return { statusNode: node.right, status, body: undefined, bodyless: true };
  const [only] = bodies;
  return {
    statusNode: node.right,
    status,
    body: bodies.length === 1 && only!.parent.parent === node.parent.parent ? only!.right : undefined,
  };
}

/** What follows `ctx.status = n` in its block: a `ctx.body = x`, or a `return` before any (no body). */
function koaNext(status: TSESTree.AssignmentExpression, sourceCode: Readonly<TSESLint.SourceCode>): Sent | undefined {
  const statement = status.parent;
  const block = statement.parent;
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement || block?.type !== AST_NODE_TYPES.BlockStatement)
    return undefined;
  const target = sourceCode.getText((status.left as TSESTree.MemberExpression).object);
  for (const next of block.body.slice(block.body.indexOf(statement) + 1)) {
    if (next.type === AST_NODE_TYPES.ReturnStatement) return next.argument === null ? { body: undefined } : undefined;
    const expression = next.type === AST_NODE_TYPES.ExpressionStatement ? next.expression : undefined;
    if (
      expression?.type === AST_NODE_TYPES.AssignmentExpression &&
      methodName(expression.left) === 'body' &&
      sourceCode.getText((expression.left as TSESTree.MemberExpression).object) === target
    )
      return { body: expression.right };
    if (next.type !== AST_NODE_TYPES.ExpressionStatement && next.type !== AST_NODE_TYPES.VariableDeclaration)
      return undefined;
  }
  return undefined;
}

/** The `ctx.body = x` assignments of the function a `ctx.status = n` is in (not of functions inside it). */
function koaBodies(
  status: TSESTree.AssignmentExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.AssignmentExpression[] {
  const target = sourceCode.getText((status.left as TSESTree.MemberExpression).object);
  const found: TSESTree.AssignmentExpression[] = [];
  const fn = enclosingFunction(status);
  walkOwn(fn?.body ?? sourceCode.ast, sourceCode, (node) => {
    if (
      node.type === AST_NODE_TYPES.AssignmentExpression &&
      methodName(node.left) === 'body' &&
      sourceCode.getText((node.left as TSESTree.MemberExpression).object) === target
    )
      found.push(node);
  });
  return found;
}

// Three rules read the same sites; each node is resolved once per lint, whichever rule asks first.
const resolved = new WeakMap<TSESTree.Node, StatusSite | null>();

function cached<N extends TSESTree.Node>(
  node: N,
  resolve: (node: N) => StatusSite | undefined,
): StatusSite | undefined {
  let site = resolved.get(node);
  if (site === undefined) {
    site = resolve(node) ?? null;
    resolved.set(node, site);
  }
  return site ?? undefined;
}

/** Runs `visit` on every status site of a file. */
export function statusSites(
  sourceCode: Readonly<TSESLint.SourceCode>,
  visit: (site: StatusSite) => void,
): TSESLint.RuleListener {
  const maybe = (site: StatusSite | undefined): void => {
    if (site) visit(site);
  };
  return {
    CallExpression(node) {
      maybe(cached(node, (n) => callSite(n, sourceCode)));
    },
    NewExpression(node) {
      maybe(cached(node, (n) => newSite(n, sourceCode)));
    },
    AssignmentExpression(node) {
      maybe(cached(node, (n) => assignmentSite(n, sourceCode)));
    },
  };
}
