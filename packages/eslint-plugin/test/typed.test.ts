// The same rule with type information: `err.code` comparisons are checked by the type of `err`.
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../src/rules/no-unknown-error-code.js';
import './rule-tester.js';

const tsconfigRootDir = fileURLToPath(new URL('./fixtures/typed', import.meta.url));
const typed = new RuleTester({
  languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir } },
});

const prelude =
  "import { ApiError } from '@monitorqa/errors';\ndeclare const err: ApiError;\ndeclare const other: NodeJS.ErrnoException;\n";

typed.run('no-unknown-error-code (typed)', rule, {
  valid: [
    { code: `${prelude}if (err.code === 'NOT_FOUND') {}`, filename: 'a.ts' },
    { code: `${prelude}if (other.code === 'ECONNREFUSED') {}`, filename: 'b.ts' },
  ],
  invalid: [
    {
      code: `${prelude}if (err.code === 'NOT_FOUNDD') {}`,
      filename: 'c.ts',
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { code: 'NOT_FOUNDD', suggestion: 'NOT_FOUND' },
          line: 4,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { suggestion: 'NOT_FOUND' },
              output: `${prelude}if (err.code === 'NOT_FOUND') {}`,
            },
          ],
        },
      ],
    },
    {
      code: `${prelude}switch (err.code) { case 'GONE': break; }`,
      filename: 'd.ts',
      errors: [{ messageId: 'unknownCode', data: { code: 'GONE' } }],
    },
  ],
});
