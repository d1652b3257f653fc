import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** A RuleTester on TypeScript without type information: no rule may need it. */
export const ruleTester = new RuleTester();

/** A RuleTester on plain JavaScript with ESLint's default parser: no type information, no typescript-eslint. */
export const jsRuleTester = new RuleTester({
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
});
