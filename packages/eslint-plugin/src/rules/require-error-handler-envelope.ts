import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { createCatalogRule } from '../util/create-catalog-rule.js';
import { envelopeShape, isOAuthError } from '../util/envelope.js';
import {
  answersOf,
  functionHandler,
  tryHandler,
  usesOurAdapter,
  type Answer,
  type ErrorHandler,
  type Framework,
} from '../util/error-handlers.js';
import type { CatalogOptions, Knowledge } from '../util/knowledge.js';
import { staticValue } from '../util/static-value.js';

export type Options = [CatalogOptions];
export type MessageIds = 'handlerBody' | 'handlerStatus' | 'catalogProblem';

/** The adapter that replaces each framework's hand-written error handler. */
const ADAPTERS: Readonly<Record<Framework, string>> = {
  express: '`app.use(errorHandler())` from @monitorqa/errors-server/express',
  fastify: '`app.register(monitorqaErrors)` from @monitorqa/errors-server/fastify',
  hono: '`app.onError(onError())` from @monitorqa/errors-server/hono',
  koa: '`app.use(errorMiddleware())` from @monitorqa/errors-server/koa, first',
  nest: '`useErrorContract(app)` from @monitorqa/errors-server/nest',
};

/** Why an answer breaks the contract, if it does: its body, or a status not provably documented. */
function problemOf(
  answer: Answer,
  handler: ErrorHandler,
  knowledge: Knowledge,
  sourceCode: Parameters<typeof envelopeShape>[1],
): { readonly messageId: MessageIds; readonly data: Record<string, string> } | undefined {
  const { body } = answer;
  if (answer.bodyless) return { messageId: 'handlerBody', data: { what: 'no body' } };
  if (body !== undefined) {
    // `res.json(err)`, `reply.send(error)`: the error object as the framework serialises it.
    if (body.type === AST_NODE_TYPES.Identifier && body.name === handler.error)
      return {
        messageId: 'handlerBody',
        data: { what: `the error object \`${body.name}\` as the framework serialises it` },
      };
    const shape = envelopeShape(body, sourceCode);
    if (shape.kind === 'text') return { messageId: 'handlerBody', data: { what: 'text' } };
    if (shape.kind === 'not-envelope')
      return { messageId: 'handlerBody', data: { what: 'a body that is not the envelope' } };
  }
  if (answer.status === undefined) return undefined;
  const status = staticValue(answer.status, sourceCode);
  if (typeof status === 'number') {
    return knowledge.documented.has(status) || status < 400
      ? undefined
      : { messageId: 'handlerStatus', data: { status: `${status}, which the contract does not document` } };
  }
  return {
    messageId: 'handlerStatus',
    data: { status: `\`${sourceCode.getText(answer.status)}\`, which nothing proves documented` },
  };
}

export default createCatalogRule<Options, MessageIds>({
  name: 'require-error-handler-envelope',
  meta: {
    type: 'problem',
    docs: {
      description:
        "Require a service's central error handler to answer the envelope with documented statuses (or to be the adapter's)",
      recommended: 'recommended',
    },
    messages: {
      handlerBody:
        'This central error handler shapes every error answer of the service, and answers with {{what}}, not the error envelope { error: { message, code, details? } }. Use {{adapter}} instead, then throw `apiError(code)` where errors happen.',
      handlerStatus:
        'This central error handler shapes every error answer of the service, and answers the status {{status}}. Use {{adapter}} instead (it answers each code with its documented status), then throw `apiError(code)` where errors happen.',
    },
    defaultOptions: [{}],
  },
  create(context, _options, knowledge) {
    const { sourceCode } = context;
    const check = (handler: ErrorHandler | undefined): void => {
      if (handler === undefined || usesOurAdapter(handler, sourceCode)) return;
      const answers = answersOf(handler, sourceCode);
      // An OAuth endpoint's handler owes its clients RFC 6749's answers, not ours.
      if (answers.some((a) => a.body !== undefined && isOAuthError(a.body))) return;
      const problems = answers.flatMap((answer) => {
        const problem = problemOf(answer, handler, knowledge, sourceCode);
        return problem === undefined ? [] : [{ answer, ...problem }];
      });
      // Once per handler, it is one fix: where it answers a body that is not the envelope, if it does.
      const first = problems.find((p) => p.messageId === 'handlerBody') ?? problems[0];
      if (first === undefined) return;
      context.report({
        node: first.answer.node,
        messageId: first.messageId,
        data: { ...first.data, adapter: ADAPTERS[handler.framework] },
      });
    };
    const onFunction = (node: TSESTree.FunctionLike): void => {
      check(functionHandler(node));
    };
    return {
      FunctionDeclaration: onFunction,
      FunctionExpression: onFunction,
      ArrowFunctionExpression: onFunction,
      TryStatement(node) {
        check(tryHandler(node));
      },
    };
  },
});
