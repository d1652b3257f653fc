import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isKnownApiError } from '../util/api-error-guard.js';
import { createRule } from '../util/create-rule.js';
import { catalogOptionsSchema, knowledgeFor, type CatalogOptions } from '../util/knowledge.js';
import { staticValue } from '../util/static-value.js';

export type Options = [CatalogOptions];
export type MessageIds = 'rawStatus' | 'checkCode';

function statusProperty(node: TSESTree.Node): node is TSESTree.MemberExpression {
  return node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier && node.property.name === 'status';
}

export default createRule<Options, MessageIds>({
  name: 'no-raw-status-check',
  meta: {
    type: 'suggestion',
    docs: { description: 'Prefer checking an error by code (`isApiError(err, code)`) over comparing raw statuses', recommended: 'strict' },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      rawStatus: 'Compare by code, not by status: {{status}} is {{codes}} in the MonitorQA catalog, and `isApiError(err, code)` says which.',
      checkCode: "Check `isApiError({{object}}, '{{code}}')`.",
    },
    defaultOptions: [{}],
    schema: [catalogOptionsSchema],
  },
  create(context, [options]) {
    const knowledge = knowledgeFor(options, context.settings, context.cwd);
    const { sourceCode } = context;
    return {
      BinaryExpression(node) {
        if (node.operator !== '===' && node.operator !== '==') return;
        const [member, value] = statusProperty(node.left) ? [node.left, node.right] : statusProperty(node.right) ? [node.right, node.left] : [];
        if (member === undefined || value === undefined) return;
        const status = staticValue(value, sourceCode);
        if (typeof status !== 'number' || status < 400) return;
        const codes = knowledge.codesFor(status);
        if (codes.length === 0) return;
        const object = sourceCode.getText(member.object);
        const replacement = (code: string): string => `isApiError(${object}, '${code}')`;
        // An autofix only where it cannot change meaning: one code for the status, on a known ApiError.
        const fixable = codes.length === 1 && isKnownApiError(member.object, context);
        context.report({
          node,
          messageId: 'rawStatus',
          data: { status, codes: codes.join(' or ') },
          fix: fixable ? (fixer) => fixer.replaceText(node, replacement(codes[0]!)) : null,
          suggest: fixable ? [] : codes.map((code) => ({ messageId: 'checkCode' as const, data: { object, code }, fix: (fixer) => fixer.replaceText(node, replacement(code)) })),
        });
      },
    };
  },
});
