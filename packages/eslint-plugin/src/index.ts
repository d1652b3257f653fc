import type { ESLint, Linter } from 'eslint';
import packageJson from '../package.json' with { type: 'json' };
import { rules } from './rules/index.js';

interface Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: typeof rules;
  // ESLint's own config type: what `eslint.config.js` and `new ESLint({ overrideConfig })` take.
  readonly configs: { recommended: Linter.Config; strict: Linter.Config };
}

const ruleEntries = Object.entries(rules);
const ruleLevels = (include: (level: 'recommended' | 'strict') => boolean): Linter.RulesRecord =>
  Object.fromEntries(
    ruleEntries
      .filter(([, rule]) => include(rule.meta.docs?.recommended ?? 'strict'))
      .map(([name]) => [`@monitorqa/${name}`, 'error']),
  );

const plugin: Plugin = {
  meta: { name: packageJson.name, version: packageJson.version },
  rules,
  // Filled in below: a config must reference the plugin object itself.
  configs: {} as Plugin['configs'],
};

// typescript-eslint's rule types and ESLint's differ only in detail; at run time they are one thing.
const plugins = { '@monitorqa': plugin as unknown as ESLint.Plugin };
Object.assign(plugin.configs, {
  recommended: { name: '@monitorqa/recommended', plugins, rules: ruleLevels((level) => level === 'recommended') },
  strict: { name: '@monitorqa/strict', plugins, rules: ruleLevels(() => true) },
} satisfies Plugin['configs']);

/**
 * The MonitorQA ESLint plugin. In `eslint.config.js`:
 * @example
 * import monitorqa from '@monitorqa/eslint-plugin';
 * export default [monitorqa.configs.recommended];
 */
export default plugin;
