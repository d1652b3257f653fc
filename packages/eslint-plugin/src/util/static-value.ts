import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

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

/** The initialiser of a `const` an identifier refers to, if any. */
function constInit(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): Node | undefined {
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
 * a `const`, or a property of a `const` object (`HTTP.NOT_FOUND`), `as const` or not.
 */
export function staticValue(node: Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): number | string | undefined {
  if (depth > 5) return undefined;
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal) return typeof n.value === 'number' || typeof n.value === 'string' ? n.value : undefined;
  if (n.type === AST_NODE_TYPES.TemplateLiteral && n.expressions.length === 0) return n.quasis[0]?.value.cooked ?? undefined;
  if (n.type === AST_NODE_TYPES.Identifier) {
    const init = constInit(n, sourceCode);
    return init ? staticValue(init, sourceCode, depth + 1) : undefined;
  }
  if (n.type === AST_NODE_TYPES.MemberExpression) {
    const object = staticObject(n.object, sourceCode, depth + 1);
    const key = n.computed ? staticValue(n.property, sourceCode, depth + 1) : n.property.type === AST_NODE_TYPES.Identifier ? n.property.name : undefined;
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
