import { BASE_CODES, generalCode, isErrorStatus, type ErrorCode } from '@monitorqa/errors';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { envelopeShape } from '../util/envelope.js';
import { statusSites } from '../util/sites.js';
import { propertyValue } from '../util/static-value.js';

export type Options = [];
export type MessageIds = 'notEnvelope' | 'textBody' | 'wrapInEnvelope';

export default createRule<Options, MessageIds>({
  name: 'require-error-envelope',
  meta: {
    type: 'problem',
    docs: { description: 'Require error responses to carry the documented envelope `{ error: { message, code, details } }`', recommended: 'recommended' },
    hasSuggestions: true,
    messages: {
      notEnvelope:
        'A {{status}} answer must carry the error envelope { error: { message, code, details? } } (details is optional). Throw `apiError(code)` from @monitorqa/errors and let the @monitorqa/errors-server adapter answer, or send the envelope.',
      textBody:
        'A {{status}} answer must carry the error envelope { error: { message, code, details? } }, not text. Throw `apiError(code)` from @monitorqa/errors and let the @monitorqa/errors-server adapter answer, or send the envelope.',
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
      const code = isErrorStatus(status) ? generalCode(status) : undefined;
      if (shape.kind === 'text') {
        // A 5xx keeps the catalog message: the text written there (often `err.message`) is what must not leak.
        const text = shape.text;
        const message = status >= 500 || text === undefined ? undefined : text;
        context.report({
          node: body,
          messageId: 'textBody',
          data: { status },
          suggest:
            code && text
              ? [{ messageId: 'wrapInEnvelope', data: { code }, fix: (fixer) => fixer.replaceText(body, `{ error: { message: ${message ? sourceCode.getText(message) : quoted(BASE_CODES[code].message)}, code: '${code}' } }`) }]
              : [],
        });
        return;
      }
      if (shape.kind !== 'not-envelope') return;
      context.report({
        node: body,
        messageId: 'notEnvelope',
        data: { status },
        suggest: code ? [{ messageId: 'wrapInEnvelope', data: { code }, fix: (fixer) => fixer.replaceText(body, envelopeText(shape.object, code, sourceCode.getText.bind(sourceCode))) }] : [],
      });
    });
  },
});

const quoted = (text: string): string => `'${text.replaceAll("'", "\\'")}'`;

// Loses nothing: a message the body already had (`{ message: 'x' }`, `{ error: 'x' }`) stays the
// message, `details` stays `details`, and every other field (a validator's `errors` list…) moves into `details`.
function envelopeText(object: TSESTree.ObjectExpression, code: ErrorCode, text: (node: TSESTree.Node) => string): string {
  const error = propertyValue(object, 'error');
  const messageNode = propertyValue(object, 'message');
  const message = messageNode ?? (error && error.type !== AST_NODE_TYPES.ObjectExpression ? error : undefined);
  const details = propertyValue(object, 'details');
  const others = object.properties.filter((p) => {
    if (p.type !== AST_NODE_TYPES.Property) return true;
    const value = p.value as TSESTree.Node;
    return value !== message && value !== details && value !== error && !(p.key.type === AST_NODE_TYPES.Identifier && p.key.name === 'code');
  });
  const parts = [`message: ${message ? text(message) : quoted(BASE_CODES[code].message)}`, `code: '${code}'`];
  const kept = details === undefined ? [] : details.type === AST_NODE_TYPES.ObjectExpression ? details.properties.map((p) => text(p)) : [`...${text(details)}`];
  if (others.length > 0) parts.push(`details: { ${[...kept, ...others.map((p) => text(p))].join(', ')} }`);
  else if (details) parts.push(`details: ${text(details)}`);
  return `{ error: { ${parts.join(', ')} } }`;
}
