// Where code sets a response status, and with which body: the shapes Express, Fastify,
// Hono and fetch code is written in.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyValue, staticValue, unwrap } from './static-value.js';

type Node = TSESTree.Node;

/** One place a status is set. */
export interface StatusSite {
  /** The expression that gives the status. */
  readonly statusNode: Node;
  /** Its value, known without running the code (sites whose status cannot be known are skipped). */
  readonly status: number;
  /** The body sent with it, when it is in the same expression. */
  readonly body: Node | undefined;
}

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
function chainedBody(call: TSESTree.CallExpression): Node | undefined {
  // Only calls are walked, and a call always has a parent.
  let current: TSESTree.CallExpression = call;
  for (;;) {
    const member: Node = current.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) return undefined;
    const next: Node = member.parent;
    const name = methodName(member);
    if (next.type !== AST_NODE_TYPES.CallExpression || next.callee !== member || name === undefined) return undefined;
    if (SEND_METHODS.has(name)) return next.arguments[0];
    if (!CHAIN_METHODS.has(name)) return undefined;
    current = next;
  }
}

// Fastify's split form: `reply.code(404); return { message }` or `reply.status(404); return reply.send(b)`,
// the status call a statement of its own and the body in the statements after it.
function splitBody(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): Node | undefined {
  const statement = call.parent;
  const block = statement.parent;
  if (
    statement.type !== AST_NODE_TYPES.ExpressionStatement ||
    (block?.type !== AST_NODE_TYPES.BlockStatement && block?.type !== AST_NODE_TYPES.Program) ||
    call.callee.type !== AST_NODE_TYPES.MemberExpression
  )
    return undefined;
  const target = sourceCode.getText(call.callee.object);
  const sent = (node: Node | null | undefined): Node | undefined => {
    const n = node ? unwrap(node) : undefined;
    const awaited = n?.type === AST_NODE_TYPES.AwaitExpression ? n.argument : n;
    if (awaited?.type === AST_NODE_TYPES.CallExpression && awaited.callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = methodName(awaited.callee);
      return name !== undefined && SEND_METHODS.has(name) && sourceCode.getText(awaited.callee.object) === target
        ? awaited.arguments[0]
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
          ? value
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
    return {
      statusNode: first,
      status,
      body: name === 'writeHead' ? undefined : (chainedBody(node) ?? splitBody(node, sourceCode)),
    };
  }
  if (HONO_METHODS.has(name) && second !== undefined) {
    const status = number(second, sourceCode);
    if (status === undefined) return undefined;
    return { statusNode: second, status, body: name === 'json' ? first : undefined };
  }
  return undefined;
}

/** `new Response(body, { status })`. */
export function newSite(
  node: TSESTree.NewExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StatusSite | undefined {
  if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'Response') return undefined;
  return responseInit(node.arguments[1], stringified(node.arguments[0]), sourceCode);
}

/** `res.statusCode = n`. */
export function assignmentSite(
  node: TSESTree.AssignmentExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StatusSite | undefined {
  if (node.operator !== '=' || methodName(node.left) !== 'statusCode') return undefined;
  const status = number(node.right, sourceCode);
  return status === undefined ? undefined : { statusNode: node.right, status, body: undefined };
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
