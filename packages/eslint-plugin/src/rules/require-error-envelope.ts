import { BASE_CODES, generalCode, isErrorStatus, type ErrorCode } from '@monitorqa/errors';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { envelopeShape } from '../util/envelope.js';
import { newExceptionSite } from '../util/exception-sites.js';
import { statusSites } from '../util/sites.js';
import { propertyValue } from '../util/static-value.js';

/** Options: whether the bodies given to NestJS's `HttpException` are checked too. */
export type Options = [{ readonly exceptionBodies?: boolean }];
export type MessageIds = 'notEnvelope' | 'textBody' | 'noBody' | 'wrapInEnvelope';

export default createRule<Options, MessageIds>({
  name: 'require-error-envelope',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require error responses to carry the documented envelope `{ error: { message, code, details } }`',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      notEnvelope:
        'A {{status}} answer must carry the error envelope { error: { message, code, details? } } (details is optional). Throw `apiError(code)` from @monitorqa/errors and let the @monitorqa/errors-server adapter answer, or send the envelope.',
      textBody:
        'A {{status}} answer must carry the error envelope { error: { message, code, details? } }, not text. Throw `apiError(code)` from @monitorqa/errors and let the @monitorqa/errors-server adapter answer, or send the envelope.',
      noBody:
        'A {{status}} answer must carry the error envelope { error: { message, code, details? } }, but this one is sent with no body (Koa answers its reason phrase as text). Throw `apiError(code)` from @monitorqa/errors and let the @monitorqa/errors-server adapter answer, or send the envelope.',
      wrapInEnvelope: "Send { error: { message, code: '{{code}}' } } instead.",
    },
    defaultOptions: [{ exceptionBodies: true }],
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          exceptionBodies: {
            type: 'boolean',
            description:
              "Check the body given to NestJS's `new HttpException(body, status)`, which Nest's default filter sends as written. Turn off when an exception filter answers those with the envelope.",
          },
        },
      },
    ],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const checkBody = ({
      status,
      statusNode,
      body,
      bodyless,
    }: {
      readonly status: number;
      readonly statusNode: TSESTree.Node;
      readonly body: TSESTree.Node | undefined;
      readonly bodyless?: boolean;
    }): void => {
      if (status < 400) return;
      if (bodyless === true) {
        context.report({ node: statusNode, messageId: 'noBody', data: { status } });
        return;
      }
      if (body === undefined) return;
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
              ? [
                  {
                    messageId: 'wrapInEnvelope',
                    data: { code },
                    fix: (fixer) =>
                      fixer.replaceText(
                        body,
                        `{ error: { message: ${message ? sourceCode.getText(message) : quoted(BASE_CODES[code].message)}, code: '${code}' } }`,
                      ),
                  },
                ]
              : [],
        });
        return;
      }
      if (shape.kind !== 'not-envelope') return;
      const { object } = shape;
      context.report({
        node: body,
        messageId: 'notEnvelope',
        data: { status },
        suggest:
          code && object
            ? [
                {
                  messageId: 'wrapInEnvelope',
                  data: { code },
                  fix: (fixer) =>
                    fixer.replaceText(body, envelopeText(object, code, sourceCode.getText.bind(sourceCode))),
                },
              ]
            : [],
      });
    };
    const sites = statusSites(sourceCode, checkBody);
    if (options.exceptionBodies === false) return sites;
    return {
      ...sites,
      // new HttpException(body, status): Nest sends `body` as written.
      NewExpression(node) {
        sites.NewExpression?.(node);
        const site = newExceptionSite(node, sourceCode);
        const callee = node.callee.type === AST_NODE_TYPES.Identifier ? node.callee.name : undefined;
        if (site?.written === true && callee === 'HttpException')
          checkBody({ status: site.status, statusNode: site.node, body: node.arguments[0] });
      },
    };
  },
});

const quoted = (text: string): string => `'${text.replaceAll("'", "\\'")}'`;

// Loses nothing: a message the body already had (`{ message: 'x' }`, `{ error: 'x' }`) stays the
// message, `details` stays `details`, and every other field (a validator's `errors` list…) moves into `details`.
function envelopeText(
  object: TSESTree.ObjectExpression,
  code: ErrorCode,
  text: (node: TSESTree.Node) => string,
): string {
  const error = propertyValue(object, 'error');
  const messageNode = propertyValue(object, 'message');
  const message = messageNode ?? (error && error.type !== AST_NODE_TYPES.ObjectExpression ? error : undefined);
  const details = propertyValue(object, 'details');
  const others = object.properties.filter((p) => {
    if (p.type !== AST_NODE_TYPES.Property) return true;
    const value = p.value as TSESTree.Node;
    return (
      value !== message &&
      value !== details &&
      value !== error &&
      !(p.key.type === AST_NODE_TYPES.Identifier && p.key.name === 'code')
    );
  });
  const parts = [`message: ${message ? text(message) : quoted(BASE_CODES[code].message)}`, `code: '${code}'`];
  const kept =
    details === undefined
      ? []
      : details.type === AST_NODE_TYPES.ObjectExpression
        ? details.properties.map((p) => text(p))
        : [`...${text(details)}`];
  if (others.length > 0) parts.push(`details: { ${[...kept, ...others.map((p) => text(p))].join(', ')} }`);
  else if (details) parts.push(`details: ${text(details)}`);
  return `{ error: { ${parts.join(', ')} } }`;
}
