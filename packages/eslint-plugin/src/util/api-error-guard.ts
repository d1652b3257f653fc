// Whether an expression is known to be an ApiError at a point of the code: inside an
// `isApiError(x)` / `x instanceof ApiError` guard, after an early exit on `!isApiError(x)`,
// or by its type when type information is present.
import { ASTUtils, AST_NODE_TYPES, ESLintUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isOurs } from './ours.js';

type Node = TSESTree.Node;

function guards(test: Node, name: string): boolean {
  const t = test;
  if (t.type === AST_NODE_TYPES.LogicalExpression && t.operator === '&&')
    return guards(t.left, name) || guards(t.right, name);
  if (t.type === AST_NODE_TYPES.BinaryExpression && t.operator === 'instanceof') {
    return (
      t.left.type === AST_NODE_TYPES.Identifier &&
      t.left.name === name &&
      t.right.type === AST_NODE_TYPES.Identifier &&
      t.right.name === 'ApiError'
    );
  }
  if (t.type === AST_NODE_TYPES.CallExpression) {
    const arg = t.arguments[0];
    if (arg?.type !== AST_NODE_TYPES.Identifier || arg.name !== name) return false;
    const callee = t.callee;
    if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === 'isApiError';
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      callee.property.type === AST_NODE_TYPES.Identifier &&
      (callee.property.name === 'is' || callee.property.name === 'isApiError')
    );
  }
  return false;
}

function exits(statement: Node): boolean {
  if (
    statement.type === AST_NODE_TYPES.ReturnStatement ||
    statement.type === AST_NODE_TYPES.ThrowStatement ||
    statement.type === AST_NODE_TYPES.ContinueStatement
  )
    return true;
  if (statement.type === AST_NODE_TYPES.BlockStatement) {
    const last = statement.body.at(-1);
    return last !== undefined && exits(last);
  }
  return false;
}

// `if (!isApiError(err)) return;` before `node` in the same block.
function guardedByEarlyExit(block: TSESTree.BlockStatement | TSESTree.Program, child: Node, name: string): boolean {
  for (const statement of block.body) {
    if (statement === child) return false;
    if (
      statement.type === AST_NODE_TYPES.IfStatement &&
      statement.test.type === AST_NODE_TYPES.UnaryExpression &&
      statement.test.operator === '!' &&
      guards(statement.test.argument, name) &&
      exits(statement.consequent)
    ) {
      return true;
    }
  }
  return false;
}

function guardedByControlFlow(node: Node, name: string): boolean {
  let child: Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.consequent === child && guards(parent.test, name))
      return true;
    if (
      parent.type === AST_NODE_TYPES.ConditionalExpression &&
      parent.consequent === child &&
      guards(parent.test, name)
    )
      return true;
    if (
      parent.type === AST_NODE_TYPES.LogicalExpression &&
      parent.operator === '&&' &&
      parent.right === child &&
      guards(parent.left, name)
    )
      return true;
    if (
      (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) &&
      guardedByEarlyExit(parent, child, name)
    )
      return true;
  }
  return false;
}

function typedAsApiError(object: Node, context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): boolean {
  // Only where a program exists: espree, or typescript-eslint without a project, has no types (and must not throw).
  if (context.sourceCode.parserServices?.program == null) return false;
  const services = ESLintUtils.getParserServices(context, true);
  if (services.program === null) return false;
  const type = services.getTypeAtLocation(object);
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((part) => part.getSymbol()?.getName() === 'ApiError');
}

// A handler of `matchError(err, { CODE: (e) => … })`: its parameter is the matched ApiError.
function isMatchHandler(fn: Node): boolean {
  const property = fn.parent;
  const object = property?.parent;
  const call = object?.parent;
  return (
    property?.type === AST_NODE_TYPES.Property &&
    property.value === fn &&
    object?.type === AST_NODE_TYPES.ObjectExpression &&
    call?.type === AST_NODE_TYPES.CallExpression &&
    call.arguments[1] === object &&
    call.callee.type === AST_NODE_TYPES.Identifier &&
    call.callee.name === 'matchError' &&
    // `_` takes everything else, ApiError or not.
    !(property.key.type === AST_NODE_TYPES.Identifier && property.key.name === '_')
  );
}

// `(err: ApiError) => …`, `const e: ApiError = …`: annotated with our type, no type information needed;
// and the parameter of a `matchError` handler.
function annotatedAsApiError(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const def = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
  if (def?.type === TSESLint.Scope.DefinitionType.Parameter && isMatchHandler(def.node)) return true;
  const declared = def?.name;
  const annotation = declared?.type === AST_NODE_TYPES.Identifier ? declared.typeAnnotation?.typeAnnotation : undefined;
  return (
    annotation?.type === AST_NODE_TYPES.TSTypeReference &&
    annotation.typeName.type === AST_NODE_TYPES.Identifier &&
    annotation.typeName.name === 'ApiError' &&
    isOurs(annotation.typeName, sourceCode)
  );
}

/** Whether `object` (the `err` of `err.code`) is known to be an `ApiError` where it stands. */
export function isKnownApiError(
  object: Node,
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): boolean {
  if (
    object.type === AST_NODE_TYPES.Identifier &&
    (guardedByControlFlow(object, object.name) || annotatedAsApiError(object, context.sourceCode))
  )
    return true;
  return typedAsApiError(object, context);
}
