import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createCatalogRule } from '../util/create-catalog-rule.js';
import type { CatalogOptions } from '../util/knowledge.js';
import { isOurs } from '../util/ours.js';
import { envelopeShape } from '../util/envelope.js';
import { statusSites } from '../util/sites.js';
import { constInit, propertyValue, staticValue, unwrap } from '../util/static-value.js';

export type Options = [CatalogOptions];
export type MessageIds = 'mismatch' | 'useCatalogStatus' | 'catalogProblem';

/** The code argument of `apiError(code)` / `catalog.create(code)` a body is (or `.toJSON()` of, or a `const` of). */
function createdCode(
  body: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth = 0,
): TSESTree.Node | undefined {
  let node = unwrap(body);
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    node.callee.property.type === AST_NODE_TYPES.Identifier &&
    node.callee.property.name === 'toJSON'
  ) {
    node = unwrap(node.callee.object);
  }
  if (node.type === AST_NODE_TYPES.Identifier && depth === 0) {
    const init = constInit(node, sourceCode);
    return init === undefined ? undefined : createdCode(init, sourceCode, depth + 1);
  }
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const { callee } = node;
  const created =
    (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'apiError' && isOurs(callee, sourceCode)) ||
    (callee.type === AST_NODE_TYPES.MemberExpression &&
      callee.property.type === AST_NODE_TYPES.Identifier &&
      callee.property.name === 'create' &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      /catalog/i.test(callee.object.name));
  return created ? node.arguments[0] : undefined;
}

export default createCatalogRule<Options, MessageIds>({
  name: 'code-status-mismatch',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an error code to be sent with the status the catalog maps it onto',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      mismatch:
        '{{code}} maps onto {{expected}} in the MonitorQA catalog, but is sent with {{status}}; clients read the status first.',
      useCatalogStatus: 'Send {{expected}}, the status of {{code}}.',
    },
    defaultOptions: [{}],
  },
  create(context, _options, knowledge) {
    const { sourceCode } = context;
    // One check for both places a code meets a status: an envelope sent with one, and `new ApiError(code, { status })`.
    const check = (codeNode: TSESTree.Node, code: unknown, statusNode: TSESTree.Node, status: unknown): void => {
      const expected = typeof code === 'string' ? knowledge.statusOf.get(code) : undefined;
      if (typeof code !== 'string' || typeof status !== 'number' || expected === undefined || expected === status)
        return;
      context.report({
        node: codeNode,
        messageId: 'mismatch',
        data: { code, expected, status },
        suggest: [
          {
            messageId: 'useCatalogStatus',
            data: { code, expected },
            fix: (fixer) => fixer.replaceText(statusNode, String(expected)),
          },
        ],
      });
    };
    const sites = statusSites(sourceCode, ({ status, statusNode, body }) => {
      if (body === undefined) return;
      const shape = envelopeShape(body, sourceCode);
      if (shape.kind === 'envelope') {
        check(shape.codeNode, shape.code, statusNode, status);
        return;
      }
      // `res.status(500).json(apiError('NOT_FOUND'))`, or a `const err = catalog.create('X')` sent so.
      const codeNode = createdCode(body, sourceCode);
      if (codeNode !== undefined) check(codeNode, staticValue(codeNode, sourceCode), statusNode, status);
    });
    return {
      ...sites,
      // new ApiError('NOT_FOUND', { status: 409 })
      NewExpression(node) {
        sites.NewExpression?.(node);
        if (
          node.callee.type !== AST_NODE_TYPES.Identifier ||
          node.callee.name !== 'ApiError' ||
          !isOurs(node.callee, sourceCode)
        )
          return;
        const [codeNode, init] = node.arguments;
        const object = init ? unwrap(init) : undefined;
        const statusNode =
          object?.type === AST_NODE_TYPES.ObjectExpression ? propertyValue(object, 'status') : undefined;
        if (codeNode !== undefined && statusNode !== undefined)
          check(codeNode, staticValue(codeNode, sourceCode), statusNode, staticValue(statusNode, sourceCode));
      },
    };
  },
});
