// The number or string an expression stands for, known without running it. `ASTUtils.getStaticValue`
// does the evaluating; what is written here is only what it cannot know.
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { statusByName } from './status-names.js';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

// How far a chain of constants is followed (`const A = B.C`, `B = { C: Enum.D }`…).
const MAX_DEPTH = 5;

/** Strips `as const`, `satisfies`, `!` and `<T>x`: the value is the expression's. */
export function unwrap(node: Node): Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.expression;
  }
  return current;
}

/** The `const` an identifier refers to: its initialiser, and the scope that initialiser is read in. */
function constOf(
  identifier: TSESTree.Identifier,
  scope: Scope,
): { readonly init: Node; readonly scope: Scope } | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  const def = variable?.defs[0];
  if (
    variable === null ||
    def?.type !== TSESLint.Scope.DefinitionType.Variable ||
    def.parent.kind !== 'const' ||
    !ASTUtils.isIdentifier(def.node.id) ||
    !def.node.init
  )
    return undefined;
  return { init: def.node.init, scope: variable.scope };
}

/** The initialiser of the `const` an identifier refers to, if any (a call, an object: anything, not only values). */
export function constInit(
  identifier: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Node | undefined {
  return constOf(identifier, sourceCode.getScope(identifier))?.init;
}

/** The literal type the type checker gives an expression, where a program exists. */
function literalType(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): number | string | undefined {
  const services = sourceCode.parserServices;
  if (services?.program == null || services.esTreeNodeToTSNodeMap === undefined) return undefined;
  const tsNode = services.esTreeNodeToTSNodeMap.get(node as never);
  const type = services.program.getTypeChecker().getTypeAtLocation(tsNode);
  return type.isNumberLiteral() || type.isStringLiteral() ? type.value : undefined;
}

/**
 * The number or string a node stands for: whatever `getStaticValue` evaluates (literals,
 * templates, `const`s, properties of `const` objects, `as const` or not), a member of an enum
 * the file declares, NestJS's `HttpStatus.*`; and with type information, any expression whose
 * type is a literal (an imported constant or enum).
 */
export function staticValue(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): number | string | undefined {
  return valueIn(node, sourceCode.getScope(node), 0) ?? literalType(unwrap(node), sourceCode);
}

function valueIn(node: Node, scope: Scope, depth: number): number | string | undefined {
  const found = ASTUtils.getStaticValue(node, scope);
  if (found !== null)
    return typeof found.value === 'number' || typeof found.value === 'string' ? found.value : undefined;
  return depth < MAX_DEPTH ? beyondStatic(unwrap(node), scope, depth + 1) : undefined;
}

// What `getStaticValue` gives up on: TS enum members, Nest's `HttpStatus` (an import it cannot
// follow), and a property of an object it cannot evaluate whole (`{ A: Http.X, f() {} }`).
function beyondStatic(node: Node, scope: Scope, depth: number): number | string | undefined {
  if (ASTUtils.isIdentifier(node)) {
    const constant = constOf(node, scope);
    return constant === undefined ? undefined : valueIn(constant.init, constant.scope, depth);
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const key = ASTUtils.getPropertyName(node, scope);
  if (key === null) return undefined;
  if (ASTUtils.isIdentifier(node.object)) {
    const variable = ASTUtils.findVariable(scope, node.object);
    const named = enumMember(variable, key, depth) ?? nestHttpStatus(variable, key);
    if (named !== undefined) return named;
  }
  const object = objectIn(node.object, scope, depth);
  const value = object === undefined ? undefined : propertyValue(object.node, key);
  return object === undefined || value === undefined ? undefined : valueIn(value, object.scope, depth);
}

/** The value of `Enum.Member` for an enum the file declares. */
function enumMember(variable: TSESLint.Scope.Variable | null, key: string, depth: number): number | string | undefined {
  const def = variable?.defs[0];
  if (variable === null || def?.node.type !== AST_NODE_TYPES.TSEnumDeclaration) return undefined;
  const found = def.node.body.members.find((m) => (ASTUtils.isIdentifier(m.id) ? m.id.name : m.id.value) === key);
  return found?.initializer === undefined ? undefined : valueIn(found.initializer, variable.scope, depth);
}

/** Modules whose status constants are read by name: `HttpStatus.NOT_FOUND`, `StatusCodes.NOT_FOUND`. */
const STATUS_MODULES = new Set(['@nestjs/common', 'http-status-codes']);

/** `HttpStatus.NOT_FOUND` of `@nestjs/common`, `StatusCodes.NOT_FOUND` of `http-status-codes`: read by name when no type information says it. */
function nestHttpStatus(variable: TSESLint.Scope.Variable | null, key: string): number | undefined {
  const source = importSource(variable);
  return source !== undefined && STATUS_MODULES.has(source) ? statusByName('upperSnake', key) : undefined;
}

/** The module a variable is imported from (`import`, or `const { X } = require('m')`), if it is. */
export function importSource(variable: TSESLint.Scope.Variable | null): string | undefined {
  const def = variable?.defs[0];
  if (def?.type === TSESLint.Scope.DefinitionType.ImportBinding)
    return def.parent.type === AST_NODE_TYPES.ImportDeclaration ? def.parent.source.value : undefined;
  if (def?.type !== TSESLint.Scope.DefinitionType.Variable) return undefined;
  const init = def.node.init;
  return init?.type === AST_NODE_TYPES.CallExpression &&
    ASTUtils.isIdentifier(init.callee) &&
    init.callee.name === 'require' &&
    init.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof init.arguments[0].value === 'string'
    ? init.arguments[0].value
    : undefined;
}

/** The object literal an expression is, directly or through `const`s. */
function objectIn(
  node: Node,
  scope: Scope,
  depth: number,
): { readonly node: TSESTree.ObjectExpression; readonly scope: Scope } | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.ObjectExpression) return { node: n, scope };
  const constant = depth < MAX_DEPTH && ASTUtils.isIdentifier(n) ? constOf(n, scope) : undefined;
  return constant === undefined ? undefined : objectIn(constant.init, constant.scope, depth + 1);
}

/** The value of `key` in an object literal, if it is written there. */
export function propertyValue(object: TSESTree.ObjectExpression, key: string): Node | undefined {
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property && ASTUtils.getPropertyName(property) === key) return property.value;
  }
  return undefined;
}
