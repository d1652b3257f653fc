// The factory of the rules that know the service's catalog: each takes `catalog` and `codes`
// (or `settings.monitorqa`), says once when that catalog cannot be read, and gets the knowledge.
import type { ESLintUtils, TSESLint } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { createRule, type MonitorqaDocs } from './create-rule.js';
import { knowledgeFor, reportProblemOnce, type CatalogOptions, type Knowledge } from './knowledge.js';

/** The message a catalog-aware rule says a catalog it cannot read with. */
export type CatalogMessageId = 'catalogProblem';

/** The option properties every catalog-aware rule takes. */
const catalogOptionProperties: Record<string, JSONSchema4> = {
  catalog: {
    type: 'string',
    description:
      "The module that defines the service's catalog (or a JSON file of `{ CODE: status }`): an absolute path, a file URL, or a path from the linted file's package root or any folder above it. Default: the `monitorqa.catalog` of the linted file's nearest package.json.",
  },
  codes: {
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: "The service's own codes and their statuses, inline.",
  },
};

/** A catalog-aware rule as written: `createRule`'s input without the catalog's part of `meta`, and a `create` that gets the knowledge. */
export interface CatalogRule<Options extends readonly [CatalogOptions], MessageIds extends string> {
  readonly name: string;
  readonly meta: Omit<ESLintUtils.NamedCreateRuleMeta<MessageIds, MonitorqaDocs, Options>, 'messages' | 'schema'> & {
    /** The rule's own messages; `catalogProblem` is added. */
    readonly messages: Readonly<Record<Exclude<MessageIds, CatalogMessageId>, string>>;
  };
  /** The rule's own option properties, if any; `catalog` and `codes` are added, and the whole is `meta.schema`. */
  readonly optionProperties?: Readonly<Record<string, JSONSchema4>>;
  readonly create: (
    context: Readonly<TSESLint.RuleContext<MessageIds | CatalogMessageId, Options>>,
    options: Options[0],
    knowledge: Knowledge,
  ) => TSESLint.RuleListener;
}

/**
 * `createRule` for a rule that reads the service's catalog.
 * @example
 * export default createCatalogRule<Options, MessageIds>({
 *   name: 'no-unknown-error-code',
 *   meta: { type: 'problem', docs, messages: { unknownCode: '…' }, defaultOptions: [{}] },
 *   create: (context, options, knowledge) => ({ … }),
 * });
 */
export function createCatalogRule<Options extends readonly [CatalogOptions], MessageIds extends string>({
  name,
  meta,
  optionProperties,
  create,
}: CatalogRule<Options, MessageIds>): ReturnType<typeof createRule<Options, MessageIds | CatalogMessageId>> {
  const messages: Record<MessageIds | CatalogMessageId, string> = {
    catalogProblem: '{{problem}}',
    ...meta.messages,
  } as Record<MessageIds | CatalogMessageId, string>;
  return createRule<Options, MessageIds | CatalogMessageId>({
    name,
    meta: {
      ...meta,
      messages,
      schema: [
        {
          type: 'object',
          additionalProperties: false,
          properties: { ...catalogOptionProperties, ...optionProperties },
        },
      ],
    },
    create(context, [options]) {
      const { knowledge, problem } = knowledgeFor(options, context.settings, context.filename, context.cwd);
      reportProblemOnce(context, problem);
      return create(context, options, knowledge);
    },
  });
}
