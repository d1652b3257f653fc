import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isKnownApiError } from '../util/api-error-guard.js';
import { createCatalogRule } from '../util/create-catalog-rule.js';
import type { CatalogOptions } from '../util/knowledge.js';
import { isServerFile } from '../util/server-file.js';
import { staticValue } from '../util/static-value.js';

export type Options = [CatalogOptions];
export type MessageIds = 'rawStatus' | 'checkCode' | 'readWithToApiError' | 'readAnswer' | 'catalogProblem';

function statusProperty(node: TSESTree.Node): node is TSESTree.MemberExpression {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    node.property.name === 'status'
  );
}

const ERROR_NAME = /^(?:e|err|error|\w*Error)$/;

/** What the `x` of `x.status` is, as far as the code tells. */
function kindOf(
  object: TSESTree.Node,
  context: Parameters<typeof isKnownApiError>[1],
): 'api-error' | 'thrown' | 'http-client-error' | 'answer' {
  if (isKnownApiError(object, context)) return 'api-error';
  // axios, ky, ofetch and got errors hold the answer at `.response`.
  if (
    object.type === AST_NODE_TYPES.MemberExpression &&
    !object.computed &&
    object.property.type === AST_NODE_TYPES.Identifier &&
    object.property.name === 'response'
  )
    return 'http-client-error';
  if (object.type !== AST_NODE_TYPES.Identifier) return 'answer';
  // A caught value may be an ApiError; a name like `res` or `response` is an answer.
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(object), object);
  return variable?.defs[0]?.type === TSESLint.Scope.DefinitionType.CatchClause || ERROR_NAME.test(object.name)
    ? 'thrown'
    : 'answer';
}

export default createCatalogRule<Options, MessageIds>({
  name: 'no-raw-status-check',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Prefer checking an error by code (`isApiError(err, code)`) over comparing raw statuses',
      recommended: 'strict',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      rawStatus:
        'Compare by code, not by status: {{status}} is {{codes}} in the MonitorQA catalog, and `isApiError(err, code)` from @monitorqa/errors says which.',
      readWithToApiError:
        "Compare by code, not by status: read this HTTP client's error with `toApiError(status, headers, body)` from @monitorqa/errors-client, then check `isApiError(err, code)` ({{status}} is {{codes}}).",
      readAnswer:
        'Compare by code, not by status: read this answer with `parseResponse(response)` from @monitorqa/errors-client (or call through `createClient`), then check `isApiError(err, code)` ({{status}} is {{codes}}).',
      checkCode: "Check `isApiError({{object}}, '{{code}}')`.",
    },
    defaultOptions: [{}],
  },
  create(context, _options, knowledge) {
    const { sourceCode } = context;
    // In server code a status compared is mostly a third party's (an OAuth provider, S3, a queue, the
    // server's own `ctx.status`): only a value known to be our ApiError is reported there.
    const server = isServerFile(sourceCode, context.filename);
    return {
      BinaryExpression(node) {
        if (node.operator !== '===' && node.operator !== '==') return;
        // `err.response?.status` is a chain around the member.
        const side = (n: TSESTree.Node): TSESTree.Node =>
          n.type === AST_NODE_TYPES.ChainExpression ? n.expression : n;
        const left = side(node.left);
        const right = side(node.right);
        const [member, value] = statusProperty(left) ? [left, right] : statusProperty(right) ? [right, left] : [];
        if (member === undefined || value === undefined) return;
        const status = staticValue(value, sourceCode);
        if (typeof status !== 'number' || status < 400) return;
        const codes = knowledge.codesFor(status);
        if (codes.length === 0) return;
        const kind = kindOf(member.object, context);
        if (server && kind !== 'api-error') return;
        const data = { status, codes: codes.join(' or ') };
        // Never `isApiError(response, …)` on an answer or a client's error: it is always false there.
        if (kind !== 'api-error' && kind !== 'thrown') {
          context.report({ node, messageId: kind === 'http-client-error' ? 'readWithToApiError' : 'readAnswer', data });
          return;
        }
        const object = sourceCode.getText(member.object);
        const replacement = (code: string): string => `isApiError(${object}, '${code}')`;
        // An autofix only where it cannot change meaning: one code for the status, on a known ApiError.
        const fixable = codes.length === 1 && kind === 'api-error';
        context.report({
          node,
          messageId: 'rawStatus',
          data,
          fix: fixable ? (fixer) => fixer.replaceText(node, replacement(codes[0]!)) : null,
          suggest: fixable
            ? []
            : codes.map((code) => ({
                messageId: 'checkCode' as const,
                data: { object, code },
                fix: (fixer) => fixer.replaceText(node, replacement(code)),
              })),
        });
      },
    };
  },
});
