import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { statusByName } from './status-names.js';

type Node = TSESTree.Node;

/** Strips `as const`, `satisfies`, `!` and parentheses-free wrappers. */
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

/** The declaration of the variable an identifier refers to, if the file declares it. */
function definitionOf(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.Scope.Definition | undefined {
  let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier);
  while (scope) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable.defs[0];
    scope = scope.upper;
  }
  return undefined;
}

/** `HttpStatus.NOT_FOUND` of `@nestjs/common`, read by name when no type information says it. */
function nestHttpStatus(object: TSESTree.Identifier, key: string, sourceCode: Readonly<TSESLint.SourceCode>): number | undefined {
  const def = definitionOf(object, sourceCode);
  if (def?.type !== TSESLint.Scope.DefinitionType.ImportBinding || def.parent.type !== AST_NODE_TYPES.ImportDeclaration || def.parent.source.value !== '@nestjs/common') return undefined;
  return statusByName('upperSnake', key);
}

/** The value of `Enum.Member` for an enum the file declares. */
function enumMember(object: TSESTree.Identifier, key: string, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): number | string | undefined {
  const def = definitionOf(object, sourceCode);
  if (def?.node.type !== AST_NODE_TYPES.TSEnumDeclaration) return undefined;
  const members = def.node.body.members;
  const found = members.find((m) => (m.id.type === AST_NODE_TYPES.Identifier ? m.id.name : m.id.value) === key);
  return found?.initializer === undefined ? undefined : staticValue(found.initializer, sourceCode, depth + 1);
}

/** The literal type the type checker gives an expression, where a program exists. */
function literalType(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): number | string | undefined {
  const services = sourceCode.parserServices;
  if (services?.program == null || services.esTreeNodeToTSNodeMap === undefined) return undefined;
  const tsNode = services.esTreeNodeToTSNodeMap.get(node as never);
  const type = services.program.getTypeChecker().getTypeAtLocation(tsNode);
  return type.isNumberLiteral() || type.isStringLiteral() ? type.value : undefined;
}

/** The initialiser of a `const` an identifier refers to, if any. */
export function constInit(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): Node | undefined {
  let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier);
  while (scope) {
    const variable = scope.set.get(identifier.name);
    if (variable) {
      const def = variable.defs[0];
      if (def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.parent?.type === AST_NODE_TYPES.VariableDeclaration && def.parent.kind === 'const') {
        return def.node.init ?? undefined;
      }
      return undefined;
    }
    scope = scope.upper;
  }
  return undefined;
}

/**
 * The number or string a node stands for: a literal, a template without expressions,
 * a `const`, a property of a `const` object (`HTTP.NOT_FOUND`), `as const` or not, a member
 * of an enum the file declares, NestJS's `HttpStatus.*`; and with type information, any
 * expression whose type is a literal (an imported constant or enum).
 */
export function staticValue(node: Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): number | string | undefined {
  if (depth > 5) return undefined;
  const value = syntacticValue(node, sourceCode, depth);
  return value !== undefined || depth > 0 ? value : literalType(unwrap(node), sourceCode);
}

function syntacticValue(node: Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): number | string | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal) return typeof n.value === 'number' || typeof n.value === 'string' ? n.value : undefined;
  if (n.type === AST_NODE_TYPES.TemplateLiteral && n.expressions.length === 0) return n.quasis[0]?.value.cooked ?? undefined;
  if (n.type === AST_NODE_TYPES.Identifier) {
    const init = constInit(n, sourceCode);
    return init ? staticValue(init, sourceCode, depth + 1) : undefined;
  }
  if (n.type === AST_NODE_TYPES.MemberExpression) {
    const key = n.computed ? staticValue(n.property, sourceCode, depth + 1) : n.property.type === AST_NODE_TYPES.Identifier ? n.property.name : undefined;
    if (key !== undefined && n.object.type === AST_NODE_TYPES.Identifier) {
      const named = enumMember(n.object, String(key), sourceCode, depth) ?? nestHttpStatus(n.object, String(key), sourceCode);
      if (named !== undefined) return named;
    }
    const object = staticObject(n.object, sourceCode, depth + 1);
    const value = object && key !== undefined ? propertyValue(object, String(key)) : undefined;
    return value ? staticValue(value, sourceCode, depth + 1) : undefined;
  }
  return undefined;
}

function staticObject(node: Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): TSESTree.ObjectExpression | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.ObjectExpression) return n;
  if (n.type === AST_NODE_TYPES.Identifier && depth < 6) {
    const init = constInit(n, sourceCode);
    return init ? staticObject(init, sourceCode, depth + 1) : undefined;
  }
  return undefined;
}

/** The name of a non-computed (or string-literal) property key. */
export function keyName(property: TSESTree.Property): string | undefined {
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  if (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string') return property.key.value;
  return undefined;
}

/** The value of `key` in an object literal, if it is written there. */
export function propertyValue(object: TSESTree.ObjectExpression, key: string): Node | undefined {
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property && keyName(property) === key) return property.value;
  }
  return undefined;
}
