import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isKnownApiError } from '../util/api-error-guard.js';
import { createCatalogRule } from '../util/create-catalog-rule.js';
import type { CatalogOptions } from '../util/knowledge.js';
import { isOurs } from '../util/ours.js';
import { didYouMean } from '../util/did-you-mean.js';
import { staticValue } from '../util/static-value.js';

export type Options = [CatalogOptions];
export type MessageIds = 'unknownCode' | 'unknownCodeDidYouMean' | 'replaceWith' | 'catalogProblem';

type Node = TSESTree.Node;

function codeProperty(node: Node): node is TSESTree.MemberExpression {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    node.property.name === 'code'
  );
}

function calleeName(callee: Node, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return isOurs(callee, sourceCode) ? callee.name : undefined;
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier
  ) {
    // `catalog.create('X')`, `catalog.is(err, 'X')`: only on something named like a catalog.
    const object = callee.object.type === AST_NODE_TYPES.Identifier ? callee.object.name : '';
    return /catalog/i.test(object) ? `catalog.${callee.property.name}` : undefined;
  }
  return undefined;
}

/** Which argument of a call is a code. */
const CODE_ARGUMENT: Readonly<Record<string, number>> = {
  apiError: 0,
  isApiError: 1,
  'catalog.create': 0,
  'catalog.is': 1,
};

export default createCatalogRule<Options, MessageIds>({
  name: 'no-unknown-error-code',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow error codes that are not in the MonitorQA catalog', recommended: 'recommended' },
    hasSuggestions: true,
    messages: {
      unknownCode: "'{{code}}' is not an error code of the MonitorQA catalog; clients cannot handle it by code.",
      unknownCodeDidYouMean: "'{{code}}' is not an error code of the MonitorQA catalog. Did you mean '{{suggestion}}'?",
      replaceWith: "Use '{{suggestion}}'.",
    },
    defaultOptions: [{}],
  },
  create(context, _options, knowledge) {
    const { sourceCode } = context;

    function check(node: Node | undefined): void {
      if (node === undefined) return;
      const code = staticValue(node, sourceCode);
      if (typeof code !== 'string' || knowledge.statusOf.has(code)) return;
      const suggestion = didYouMean(code, knowledge.statusOf.keys());
      const literal = node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.TemplateLiteral;
      context.report({
        node,
        messageId: suggestion ? 'unknownCodeDidYouMean' : 'unknownCode',
        data: { code, suggestion },
        suggest:
          suggestion && literal
            ? [
                {
                  messageId: 'replaceWith',
                  data: { suggestion },
                  fix: (fixer) => fixer.replaceText(node, `'${suggestion}'`),
                },
              ]
            : [],
      });
    }

    return {
      // { error: { code: 'X' } }
      Property(node) {
        const object = node.parent;
        const owner = object.parent;
        if (
          ASTUtils.getPropertyName(node) === 'code' &&
          owner.type === AST_NODE_TYPES.Property &&
          ASTUtils.getPropertyName(owner) === 'error'
        )
          check(node.value);
      },
      CallExpression(node) {
        const name = calleeName(node.callee, sourceCode);
        const index = name === undefined ? undefined : CODE_ARGUMENT[name];
        if (index !== undefined) check(node.arguments[index]);
      },
      NewExpression(node) {
        if (
          node.callee.type === AST_NODE_TYPES.Identifier &&
          node.callee.name === 'ApiError' &&
          isOurs(node.callee, sourceCode)
        )
          check(node.arguments[0]);
      },
      // err.code === 'X', only where err is known to be an ApiError: other errors have codes of their own.
      BinaryExpression(node) {
        if (!['===', '!==', '==', '!='].includes(node.operator)) return;
        for (const [side, other] of [
          [node.left, node.right],
          [node.right, node.left],
        ] as const) {
          if (codeProperty(side) && isKnownApiError(side.object, context)) check(other);
        }
      },
      SwitchCase(node) {
        const { discriminant } = node.parent;
        if (node.test && codeProperty(discriminant) && isKnownApiError(discriminant.object, context)) check(node.test);
      },
    };
  },
});
