import { STATUS_LIST, UNDOCUMENTED_STATUSES } from '@monitorqa/errors';
import { createRule } from '../util/create-rule.js';
import { catalogOptionsSchema, knowledgeFor, type CatalogOptions } from '../util/knowledge.js';
import { statusSites } from '../util/sites.js';

export type Options = [CatalogOptions];
export type MessageIds = 'undocumented' | 'useDocumented';

export default createRule<Options, MessageIds>({
  name: 'no-undocumented-status',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow response statuses that the MonitorQA contract does not document', recommended: 'recommended' },
    hasSuggestions: true,
    messages: {
      undocumented: 'Status {{status}} is not documented by the MonitorQA contract; clients only understand {{documented}}.',
      useDocumented: 'Send {{replacement}} ({{code}}), which the contract documents for this case.',
    },
    defaultOptions: [{}],
    schema: [catalogOptionsSchema],
  },
  create(context, [options]) {
    const knowledge = knowledgeFor(options, context.settings, context.cwd);
    const documented = STATUS_LIST.join(', ');
    return statusSites(context.sourceCode, ({ statusNode, status }) => {
      if (knowledge.documented.has(status)) return;
      const equivalent = UNDOCUMENTED_STATUSES[status];
      context.report({
        node: statusNode,
        messageId: 'undocumented',
        data: { status, documented },
        suggest: equivalent
          ? [
              {
                messageId: 'useDocumented',
                data: { replacement: equivalent[1], code: equivalent[0] },
                fix: (fixer) => fixer.replaceText(statusNode, String(equivalent[1])),
              },
            ]
          : [],
      });
    });
  },
});
