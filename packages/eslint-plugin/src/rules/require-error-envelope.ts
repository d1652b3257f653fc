import { BASE_CODES, generalCode, isErrorStatus, type ErrorCode } from '@monitorqa/errors';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { envelopeShape } from '../util/envelope.js';
import { statusSites } from '../util/sites.js';
import { propertyValue } from '../util/static-value.js';

export type Options = [];
export type MessageIds = 'notEnvelope' | 'wrapInEnvelope';

export default createRule<Options, MessageIds>({
  name: 'require-error-envelope',
  meta: {
    type: 'problem',
    docs: { description: 'Require error responses to carry the documented envelope `{ error: { message, code, details } }`', recommended: 'recommended' },
    hasSuggestions: true,
    messages: {
      notEnvelope:
        'A {{status}} answer must carry the error envelope { error: { message, code, details } }. Throw `apiError(code)` and let the server adapter answer, or send the envelope.',
      wrapInEnvelope: "Send { error: { message, code: '{{code}}' } } instead.",
    },
    defaultOptions: [],
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return statusSites(sourceCode, ({ status, body }) => {
      if (status < 400 || body === undefined) return;
      const shape = envelopeShape(body, sourceCode);
      if (shape.kind !== 'not-envelope') return;
      const code = isErrorStatus(status) ? generalCode(status) : undefined;
      context.report({
        node: body,
        messageId: 'notEnvelope',
        data: { status },
        suggest: code ? [{ messageId: 'wrapInEnvelope', data: { code }, fix: (fixer) => fixer.replaceText(body, envelopeText(shape.object, code, sourceCode.getText.bind(sourceCode))) }] : [],
      });
    });
  },
});

// Keeps a message the body already had (`{ message: 'x' }`, `{ error: 'x' }`), and its details.
function envelopeText(object: TSESTree.ObjectExpression, code: ErrorCode, text: (node: TSESTree.Node) => string): string {
  const error = propertyValue(object, 'error');
  const message = propertyValue(object, 'message') ?? (error && error.type !== AST_NODE_TYPES.ObjectExpression ? error : undefined);
  const details = propertyValue(object, 'details');
  const parts = [`message: ${message ? text(message) : JSON.stringify(BASE_CODES[code].message).replaceAll('"', "'")}`, `code: '${code}'`];
  if (details) parts.push(`details: ${text(details)}`);
  return `{ error: { ${parts.join(', ')} } }`;
}
