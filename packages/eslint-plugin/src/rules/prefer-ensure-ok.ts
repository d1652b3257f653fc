import { ASTUtils, AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { isServerFile } from '../util/server-file.js';
import { constInit, staticValue, unwrap } from '../util/static-value.js';
import { enclosingFunction } from '../util/walk.js';

export type Options = [];
export type MessageIds = 'preferEnsureOk' | 'useEnsureOk';

const member = (node: TSESTree.Node, name: string): TSESTree.Expression | undefined =>
  node.type === AST_NODE_TYPES.MemberExpression &&
  !node.computed &&
  node.property.type === AST_NODE_TYPES.Identifier &&
  node.property.name === name
    ? node.object
    : undefined;

/** `const res = await fetch(…)`: a fetch Response, which `ensureOk` takes. */
function isFetchResponse(node: TSESTree.Node, sourceCode: Parameters<typeof constInit>[1]): boolean {
  if (!ASTUtils.isIdentifier(node)) return false;
  const init = constInit(node, sourceCode);
  const awaited =
    init && unwrap(init).type === AST_NODE_TYPES.AwaitExpression
      ? (unwrap(init) as TSESTree.AwaitExpression).argument
      : undefined;
  if (awaited?.type !== AST_NODE_TYPES.CallExpression) return false;
  // `fetch(…)`, or a service's fetch wrapper `this.fetchService.fetch(…)`.
  const callee = awaited.callee;
  return ASTUtils.isIdentifier(callee) ? callee.name === 'fetch' : member(callee, 'fetch') !== undefined;
}

/** The response an `if` tests for failure: `!res.ok`, or `res.status >= 400` on a fetch Response. */
function failedResponse(
  test: TSESTree.Expression,
  sourceCode: Parameters<typeof constInit>[1],
): TSESTree.Expression | undefined {
  if (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!') {
    const response = member(test.argument, 'ok');
    return response !== undefined && isFetchResponse(response, sourceCode) ? response : undefined;
  }
  if (test.type !== AST_NODE_TYPES.BinaryExpression || (test.operator !== '>=' && test.operator !== '>'))
    return undefined;
  const response = member(test.left, 'status');
  const bound = staticValue(test.right, sourceCode);
  const failing = test.operator === '>=' ? bound === 400 : bound === 399;
  return response !== undefined && failing && isFetchResponse(response, sourceCode) ? response : undefined;
}

/** A `throw new Error(…)` that the `if` ends in: directly, or as the last statement of its block. */
function throwsPlainError(consequent: TSESTree.Statement): boolean {
  const last = consequent.type === AST_NODE_TYPES.BlockStatement ? consequent.body.at(-1) : consequent;
  if (last?.type !== AST_NODE_TYPES.ThrowStatement) return false;
  const thrown = last.argument;
  return (
    (thrown.type === AST_NODE_TYPES.NewExpression || thrown.type === AST_NODE_TYPES.CallExpression) &&
    ASTUtils.isIdentifier(thrown.callee) &&
    thrown.callee.name === 'Error'
  );
}

/** Whether a node is inside a `try` block of its own function: the throw may be caught and handled there. */
function insideTry(node: TSESTree.Node): boolean {
  const fn = enclosingFunction(node);
  // ESLint sets the Program's parent to null.
  let current: TSESTree.Node | null | undefined = node.parent;
  for (; current != null && current !== fn; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.BlockStatement &&
      current.parent.type === AST_NODE_TYPES.TryStatement &&
      current.parent.block === current
    )
      return true;
  }
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'prefer-ensure-ok',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Prefer `ensureOk(response)` over throwing a plain `Error` for an upstream answer that is not 2xx, in server code',
      recommended: 'strict',
    },
    hasSuggestions: true,
    messages: {
      preferEnsureOk:
        "A plain `Error` thrown for an upstream answer that is not 2xx reaches the client as a 500 INTERNAL_ERROR. Call `await ensureOk({{response}}, name)` from @monitorqa/errors-server instead: it throws 502 UPSTREAM_FAILED with the upstream's status and code, never its message.",
      useEnsureOk: 'Replace the check with `await ensureOk({{response}})`.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    if (!isServerFile(sourceCode, context.filename)) return {};
    return {
      IfStatement(node) {
        if (node.alternate !== null || !throwsPlainError(node.consequent) || insideTry(node)) return;
        const response = failedResponse(node.test, sourceCode);
        if (response === undefined) return;
        const text = sourceCode.getText(response);
        const fn = enclosingFunction(node);
        context.report({
          node: node.test,
          messageId: 'preferEnsureOk',
          data: { response: text },
          // Only where `await` may be written, and the check is the whole `if`.
          suggest:
            fn?.async === true
              ? [
                  {
                    messageId: 'useEnsureOk',
                    data: { response: text },
                    fix: (fixer) => fixer.replaceText(node, `await ensureOk(${text});`),
                  },
                ]
              : [],
        });
      },
    };
  },
});
