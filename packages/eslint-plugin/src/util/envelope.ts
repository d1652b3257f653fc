// What a body sent with an error status is, read as the envelope: a literal at the site, or what
// can be followed from it without running the code (a `const` or a variable assigned once, a
// function of the file, text built with `+`), and with type information, whatever its type says.
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { importSource, propertyValue, staticValue, unwrap } from './static-value.js';
import { typeShape } from './type-shape.js';
import { walkOwn } from './walk.js';

type Node = TSESTree.Node;

/** What a body is, read as an error envelope. */
export type EnvelopeShape =
  | { readonly kind: 'envelope'; readonly codeNode: TSESTree.Node; readonly code: string | undefined }
  /** `object` is the literal where it is written (at the site, or where a variable got it). */
  | { readonly kind: 'not-envelope'; readonly object: TSESTree.ObjectExpression | undefined }
  /** Text where JSON is due: a string, a template, an error's `.message`, or `sendStatus`'s reason phrase. */
  | { readonly kind: 'text'; readonly text: TSESTree.Node | undefined }
  /** A spread, a computed key, a parameter, a call to another module: it cannot be known without running it. */
  | { readonly kind: 'unknown' };

const UNKNOWN: EnvelopeShape = { kind: 'unknown' };
// How many variables and calls are followed from the site (`const body = make(); function make() { return {…} }`).
const MAX_DEPTH = 3;

const memberName = (node: Node): string | undefined =>
  node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier
    ? node.property.name
    : undefined;

/** Calls whose result is a string whatever their arguments. */
function isTextCall(node: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const { callee } = node;
  if (ASTUtils.isIdentifier(callee)) {
    if (callee.name === 'String') return ASTUtils.findVariable(sourceCode.getScope(callee), callee) === null;
    // http-status-codes' reason phrase: `getReasonPhrase(StatusCodes.BAD_REQUEST)`.
    const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
    return (
      (callee.name === 'getReasonPhrase' || callee.name === 'getStatusText') &&
      importSource(variable) === 'http-status-codes'
    );
  }
  // `x.toString()` is text.
  return isAnswerCall(node) || (memberName(callee) === 'toString' && node.arguments.length === 0);
}

/** A call that is its own body, as text: `res.sendStatus(404)`, Hono's `c.text('Not found', 404)` and `c.html(…)`. */
const isAnswerCall = (node: Node): boolean => {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = memberName(node.callee);
  return name === 'sendStatus' || ((name === 'text' || name === 'html') && node.arguments.length === 2);
};

function isText(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string';
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return true;
  // `err.message`: an error's own text, which in a 5xx is exactly what must not leak.
  if (memberName(node) === 'message') return true;
  // `'Cannot connect: ' + e.message`
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+')
    return isText(unwrap(node.left), sourceCode) || isText(unwrap(node.right), sourceCode);
  return node.type === AST_NODE_TYPES.CallExpression && isTextCall(node, sourceCode);
}

function hasSpreadOrComputed(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement || p.computed);
}

/** OAuth 2.0's error answer (RFC 6749 §5.2): `{ error, error_description }`, which an OAuth endpoint owes its clients instead. */
export function isOAuthError(body: Node): boolean {
  const object = unwrap(body);
  return object.type === AST_NODE_TYPES.ObjectExpression && propertyValue(object, 'error_description') !== undefined;
}

function literalShape(object: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): EnvelopeShape {
  if (hasSpreadOrComputed(object) || isOAuthError(object)) return UNKNOWN;
  const error = propertyValue(object, 'error');
  const inner = error ? unwrap(error) : undefined;
  if (inner?.type !== AST_NODE_TYPES.ObjectExpression) return { kind: 'not-envelope', object };
  if (hasSpreadOrComputed(inner)) return UNKNOWN;
  const codeNode = propertyValue(inner, 'code');
  if (codeNode === undefined || propertyValue(inner, 'message') === undefined) return { kind: 'not-envelope', object };
  const code = staticValue(codeNode, sourceCode);
  return { kind: 'envelope', codeNode, code: typeof code === 'string' ? code : undefined };
}

/** The value a variable holds wherever it is read: its initialiser, when it is written nowhere else and no property of it is set. */
function onlyValue(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): Node | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const def = variable?.defs[0];
  if (
    variable === null ||
    variable.defs.length !== 1 ||
    def?.type !== TSESLint.Scope.DefinitionType.Variable ||
    !ASTUtils.isIdentifier(def.node.id) ||
    !def.node.init
  )
    return undefined;
  for (const reference of variable.references) {
    if (reference.isWrite() && reference.writeExpr !== def.node.init) return undefined;
    // `body.error = {...}` after the declaration changes what is sent.
    const parent = reference.identifier.parent;
    if (
      parent.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === reference.identifier &&
      parent.parent.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.parent.left === parent
    )
      return undefined;
  }
  return def.node.init;
}

/** The function of this file a callee names: a declaration, or a `const` arrow or function expression. */
function localFunction(callee: Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.FunctionLike | undefined {
  if (!ASTUtils.isIdentifier(callee)) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
  const def = variable?.defs[0];
  if (variable?.defs.length !== 1 || def === undefined) return undefined;
  if (def.type === TSESLint.Scope.DefinitionType.FunctionName) return def.node;
  if (def.type !== TSESLint.Scope.DefinitionType.Variable || def.parent.kind !== 'const') return undefined;
  const init = def.node.init ? unwrap(def.node.init) : undefined;
  return init?.type === AST_NODE_TYPES.ArrowFunctionExpression || init?.type === AST_NODE_TYPES.FunctionExpression
    ? init
    : undefined;
}

/** What a function returns: the expressions of its own `return`s (not of functions inside it). */
function returned(fn: TSESTree.FunctionLike, sourceCode: Readonly<TSESLint.SourceCode>): Node[] | undefined {
  if (fn.body == null) return undefined;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  // A bare `return` is a `null` here: such a function is not followed.
  const found: (Node | null)[] = [];
  walkOwn(fn.body, sourceCode, (node) => {
    if (node.type !== AST_NODE_TYPES.ReturnStatement) return true;
    found.push(node.argument);
    return false;
  });
  return found.length === 0 || found.includes(null) ? undefined : (found as Node[]);
}

function shapeIn(body: Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): EnvelopeShape {
  const node = unwrap(body);
  const awaited = node.type === AST_NODE_TYPES.AwaitExpression ? unwrap(node.argument) : node;
  if (isText(awaited, sourceCode)) return { kind: 'text', text: isAnswerCall(awaited) ? undefined : awaited };
  if (awaited.type === AST_NODE_TYPES.ObjectExpression) return literalShape(awaited, sourceCode);
  // `JSON.stringify(body)` sends `body`.
  if (
    awaited.type === AST_NODE_TYPES.CallExpression &&
    memberName(awaited.callee) === 'stringify' &&
    awaited.callee.type === AST_NODE_TYPES.MemberExpression &&
    ASTUtils.isIdentifier(awaited.callee.object) &&
    awaited.callee.object.name === 'JSON' &&
    awaited.arguments[0] !== undefined
  )
    return shapeIn(awaited.arguments[0], sourceCode, depth);
  if (depth < MAX_DEPTH) {
    const followed = follow(awaited, sourceCode, depth + 1);
    if (followed !== undefined) return followed;
  }
  return typeShape(awaited, sourceCode) ?? UNKNOWN;
}

function follow(node: Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): EnvelopeShape | undefined {
  if (ASTUtils.isIdentifier(node)) {
    const value = onlyValue(node, sourceCode);
    if (value === undefined) return undefined;
    const shape = shapeIn(value, sourceCode, depth);
    // A string variable is a message as it stands: the suggestion may use the name. An object
    // literal written elsewhere is not rewritten from here.
    if (shape.kind === 'text') return { kind: 'text', text: shape.text === undefined ? undefined : node };
    return shape.kind === 'not-envelope' ? { kind: 'not-envelope', object: undefined } : shape;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const fn = localFunction(node.callee, sourceCode);
  const results = fn && returned(fn, sourceCode);
  if (results === undefined) return undefined;
  const shapes = results.map((r) => shapeIn(r, sourceCode, depth));
  // Only a function that never returns the envelope (nor something unknown) is known not to.
  if (shapes.every((s) => s.kind === 'text')) return { kind: 'text', text: node };
  if (shapes.every((s) => s.kind === 'text' || s.kind === 'not-envelope'))
    return { kind: 'not-envelope', object: undefined };
  return undefined;
}

/** Reads a body as `{ error: { message, code, details? } }`, following what can be followed statically. */
export function envelopeShape(body: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): EnvelopeShape {
  return shapeIn(body, sourceCode, 0);
}
