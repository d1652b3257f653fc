// A function's own code: every node of its body, not of the functions and classes inside it
// (their `return` and `ctx.body` are theirs).
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;

/** Whether a node starts code of its own: a function or a class. */
export const isFunctionOrClass = (node: Node): boolean =>
  node.type === AST_NODE_TYPES.FunctionDeclaration ||
  node.type === AST_NODE_TYPES.FunctionExpression ||
  node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
  node.type === AST_NODE_TYPES.ClassDeclaration ||
  node.type === AST_NODE_TYPES.ClassExpression;

/** The function a node is in, if any. */
export function enclosingFunction(node: Node): TSESTree.FunctionLike | undefined {
  // ESLint sets the Program's parent to null.
  let current: Node | null | undefined = node.parent;
  while (current != null && !isFunctionOrClass(current)) current = current.parent;
  return current != null &&
    current.type !== AST_NODE_TYPES.ClassDeclaration &&
    current.type !== AST_NODE_TYPES.ClassExpression
    ? (current as TSESTree.FunctionLike)
    : undefined;
}

/** Calls `visit` on `root` and every node under it that is not inside a nested function or class; `visit` returning `false` skips a node's children. */
export function walkOwn(root: Node, sourceCode: Readonly<TSESLint.SourceCode>, visit: (node: Node) => unknown): void {
  const walk = (node: Node): void => {
    if (visit(node) === false) return;
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const c of Array.isArray(child) ? child : [child]) {
        const n = c as Node | null | undefined;
        if (n && typeof n.type === 'string' && !isFunctionOrClass(n)) walk(n);
      }
    }
  };
  walk(root);
}
