// A service's catalog module, read the way the rules read code: parsed, never run (linting
// must not execute service code, and a `.ts` catalog cannot be required anyway).
import { parse, simpleTraverse, AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { ASTUtils } from '@typescript-eslint/utils';
import { propertyValue, unwrap } from './static-value.js';

type Node = TSESTree.Node;

// A module parsed here has no scope manager (that takes @typescript-eslint/parser, which the plugin
// does not depend on), so `getStaticValue` cannot follow its names: they are looked up by hand in
// the module's declarations.

/** Every `const` object and number, and every enum, declared in the module, by name. */
interface Declarations {
  readonly values: Map<string, Node>;
  readonly enums: Map<string, TSESTree.TSEnumDeclaration>;
}

function objectOf(node: Node, decls: Declarations, depth = 0): TSESTree.ObjectExpression | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.ObjectExpression) return n;
  if (n.type === AST_NODE_TYPES.Identifier && depth < 5) {
    const value = decls.values.get(n.name);
    return value === undefined ? undefined : objectOf(value, decls, depth + 1);
  }
  return undefined;
}

/** A number written as a literal, a `const`, a property of a `const` object, or an enum member of the module. */
function numberOf(node: Node, decls: Declarations, depth = 0): number | undefined {
  if (depth > 5) return undefined;
  const n = unwrap(node);
  const found = ASTUtils.getStaticValue(n);
  if (found !== null) return typeof found.value === 'number' ? found.value : undefined;
  if (n.type === AST_NODE_TYPES.Identifier) {
    const value = decls.values.get(n.name);
    return value === undefined ? undefined : numberOf(value, decls, depth + 1);
  }
  if (n.type === AST_NODE_TYPES.MemberExpression && n.object.type === AST_NODE_TYPES.Identifier) {
    const key = ASTUtils.getPropertyName(n);
    if (key === null) return undefined;
    const enumDecl = decls.enums.get(n.object.name);
    if (enumDecl !== undefined) {
      const found = enumDecl.body.members.find(
        (m) => (m.id.type === AST_NODE_TYPES.Identifier ? m.id.name : m.id.value) === key,
      );
      return found?.initializer === undefined ? undefined : numberOf(found.initializer, decls, depth + 1);
    }
    const object = objectOf(n.object, decls);
    const value = object === undefined ? undefined : propertyValue(object, key);
    return value === undefined ? undefined : numberOf(value, decls, depth + 1);
  }
  return undefined;
}

function isCatalogCall(node: TSESTree.CallExpression): boolean {
  const { callee } = node;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === 'defineErrorCatalog';
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    ['defineErrorCatalog', 'extend'].includes(callee.property.name)
  );
}

/**
 * The codes a catalog module defines, with their statuses: every `defineErrorCatalog({…})`
 * and `.extend({…})` argument (inline or a `const` of the module), keys quoted or not,
 * statuses as literals, constants, `const` object properties or enum members of the module.
 * Throws the parser's error for a module that does not parse.
 */
export function codesFromSource(text: string, filePath: string): Record<string, number> {
  const program = parse(text, { filePath, jsx: /\.[jt]sx$/.test(filePath), range: false, loc: false, comment: false });
  const decls: Declarations = { values: new Map(), enums: new Map() };
  const calls: TSESTree.CallExpression[] = [];
  simpleTraverse(
    program,
    {
      enter(node) {
        if (
          node.type === AST_NODE_TYPES.VariableDeclarator &&
          node.id.type === AST_NODE_TYPES.Identifier &&
          node.init !== null &&
          node.parent.kind === 'const'
        ) {
          decls.values.set(node.id.name, node.init);
        } else if (node.type === AST_NODE_TYPES.TSEnumDeclaration) {
          decls.enums.set(node.id.name, node);
        } else if (node.type === AST_NODE_TYPES.CallExpression && isCatalogCall(node)) {
          calls.push(node);
        }
      },
    },
    true,
  );
  const codes: Record<string, number> = {};
  for (const call of calls) {
    const [first] = call.arguments;
    const definitions =
      first === undefined || first.type === AST_NODE_TYPES.SpreadElement ? undefined : objectOf(first, decls);
    for (const property of definitions?.properties ?? []) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const code = ASTUtils.getPropertyName(property) ?? undefined;
      const definition = objectOf(property.value, decls);
      const statusNode = definition === undefined ? undefined : propertyValue(definition, 'status');
      const status = statusNode === undefined ? undefined : numberOf(statusNode, decls);
      if (code !== undefined && status !== undefined) codes[code] = status;
    }
  }
  return codes;
}
