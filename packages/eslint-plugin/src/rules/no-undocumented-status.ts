import { STATUS_LIST, UNDOCUMENTED_STATUSES } from '@monitorqa/errors';
import type { TSESTree } from '@typescript-eslint/utils';
import { createCatalogRule } from '../util/create-catalog-rule.js';
import type { CatalogOptions } from '../util/knowledge.js';
import { callExceptionSite, newExceptionSite } from '../util/exception-sites.js';
import { statusSites } from '../util/sites.js';

// Redirects carry no body the contract could govern; a service answering them is not breaking it.
const REDIRECTS = [301, 302, 303, 304, 307, 308] as const;

/** Options: the catalog options, and statuses to let pass. */
export type Options = [CatalogOptions & { readonly allow?: readonly number[] }];
export type MessageIds = 'undocumented' | 'useDocumented' | 'catalogProblem';

export default createCatalogRule<Options, MessageIds>({
  name: 'no-undocumented-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow response statuses that the MonitorQA contract does not document',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      undocumented:
        'Status {{status}} is not documented by the MonitorQA contract; clients only understand {{documented}}. Throw `apiError(code)` from @monitorqa/errors with the code that says it, and let the @monitorqa/errors-server adapter answer.',
      useDocumented: 'Send {{replacement}} ({{code}}), which the contract documents for this case.',
    },
    defaultOptions: [{ allow: [...REDIRECTS] }],
  },
  optionProperties: {
    allow: {
      type: 'array',
      items: { type: 'integer', minimum: 100, maximum: 599 },
      description:
        'Statuses that pass although the contract does not document them. Default: the redirects (301, 302, 303, 304, 307, 308), which carry no body to get wrong; `[]` to report them too.',
    },
  },
  create(context, options, knowledge) {
    const documented = STATUS_LIST.join(', ');
    const allowed = new Set(options.allow ?? REDIRECTS);
    const { sourceCode } = context;
    // `fixable`: the status is written as a number there, so the documented one can replace it.
    const check = (
      { statusNode, status }: { readonly statusNode: TSESTree.Node; readonly status: number },
      fixable = true,
    ): void => {
      if (knowledge.documented.has(status) || allowed.has(status)) return;
      const equivalent = UNDOCUMENTED_STATUSES[status];
      context.report({
        node: statusNode,
        messageId: 'undocumented',
        data: { status, documented },
        suggest:
          equivalent && fixable
            ? [
                {
                  messageId: 'useDocumented',
                  data: { replacement: equivalent[1], code: equivalent[0] },
                  fix: (fixer) => fixer.replaceText(statusNode, String(equivalent[1])),
                },
              ]
            : [],
      });
    };
    const sites = statusSites(sourceCode, check);
    return {
      ...sites,
      CallExpression(node) {
        sites.CallExpression?.(node);
        const site = callExceptionSite(node, sourceCode);
        if (site) check({ statusNode: site.node, status: site.status }, site.written);
      },
      NewExpression(node) {
        sites.NewExpression?.(node);
        const site = newExceptionSite(node, sourceCode, context.filename);
        if (site) check({ statusNode: site.node, status: site.status }, site.written);
      },
    };
  },
});
