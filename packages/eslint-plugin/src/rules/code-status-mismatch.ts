import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { envelopeShape } from '../util/envelope.js';
import { catalogOptionsSchema, knowledgeFor, type CatalogOptions } from '../util/knowledge.js';
import { statusSites } from '../util/sites.js';
import { propertyValue, staticValue, unwrap } from '../util/static-value.js';

export type Options = [CatalogOptions];
export type MessageIds = 'mismatch' | 'useCatalogStatus';

export default createRule<Options, MessageIds>({
  name: 'code-status-mismatch',
  meta: {
    type: 'problem',
    docs: { description: "Require an error code to be sent with the status the catalog maps it onto", recommended: 'recommended' },
    hasSuggestions: true,
    messages: {
      mismatch: '{{code}} maps onto {{expected}} in the MonitorQA catalog, but is sent with {{status}}; clients read the status first.',
      useCatalogStatus: 'Send {{expected}}, the status of {{code}}.',
    },
    defaultOptions: [{}],
    schema: [catalogOptionsSchema],
  },
  create(context, [options]) {
    const knowledge = knowledgeFor(options, context.settings, context.cwd);
    const { sourceCode } = context;
    const sites = statusSites(sourceCode, ({ status, statusNode, body }) => {
      if (body === undefined) return;
      const shape = envelopeShape(body, sourceCode);
      const expected = shape.kind === 'envelope' && shape.code !== undefined ? knowledge.statusOf.get(shape.code) : undefined;
      if (shape.kind !== 'envelope' || expected === undefined || expected === status) return;
      context.report({
        node: shape.codeNode,
        messageId: 'mismatch',
        data: { code: shape.code, expected, status },
        suggest: [{ messageId: 'useCatalogStatus', data: { code: shape.code, expected }, fix: (fixer) => fixer.replaceText(statusNode, String(expected)) }],
      });
    });
    return {
      ...sites,
      // new ApiError('NOT_FOUND', { status: 409 })
      NewExpression(node) {
        sites.NewExpression?.(node);
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'ApiError') return;
        const [codeNode, init] = node.arguments;
        const code = codeNode ? staticValue(codeNode, sourceCode) : undefined;
        const object = init ? unwrap(init) : undefined;
        const statusNode = object?.type === AST_NODE_TYPES.ObjectExpression ? propertyValue(object, 'status') : undefined;
        const status = statusNode ? staticValue(statusNode, sourceCode) : undefined;
        const expected = typeof code === 'string' ? knowledge.statusOf.get(code) : undefined;
        if (codeNode === undefined || statusNode === undefined || typeof status !== 'number' || expected === undefined || expected === status) return;
        context.report({
          node: codeNode,
          messageId: 'mismatch',
          data: { code, expected, status },
          suggest: [{ messageId: 'useCatalogStatus', data: { code, expected }, fix: (fixer) => fixer.replaceText(statusNode, String(expected)) }],
        });
      },
    };
  },
});
