import { ESLintUtils } from '@typescript-eslint/utils';

/** Where each rule's page lives; `docs.url` of every rule points there. */
export const RULE_DOCS_URL = 'https://github.com/monitorqa/errors/blob/main/packages/eslint-plugin/docs/rules/';

/** Extra `meta.docs` of our rules. */
export interface MonitorqaDocs {
  /** In `recommended` (and `strict`), or only in `strict`. */
  readonly recommended: 'recommended' | 'strict';
  /** Uses type information when the project provides it; never needs it. */
  readonly requiresTypeChecking?: false;
}

/** The one rule factory of the plugin. */
export const createRule = ESLintUtils.RuleCreator<MonitorqaDocs>((name) => `${RULE_DOCS_URL}${name}.md`);
