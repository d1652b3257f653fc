// Every rule on plain JavaScript parsed by espree (ESLint's default): a `.js`/`.mjs`/`.cjs` file,
// or any file of a project that scopes typescript-eslint to `**/*.ts`. No rule may crash there.
import codeStatusMismatch from '../src/rules/code-status-mismatch.js';
import noRawStatusCheck from '../src/rules/no-raw-status-check.js';
import noUndocumentedStatus from '../src/rules/no-undocumented-status.js';
import noUnknownErrorCode from '../src/rules/no-unknown-error-code.js';
import requireErrorEnvelope from '../src/rules/require-error-envelope.js';
import { jsRuleTester } from './rule-tester.js';

jsRuleTester.run('no-unknown-error-code (espree)', noUnknownErrorCode, {
  valid: [
    "if (x.code === 'ENOENT') retry();",
    "try { f(); } catch (err) { if (err.code === 'ECONNREFUSED') {} }",
    "import { apiError } from '@monitorqa/errors'; throw apiError('NOT_FOUND');",
    "switch (err.code) { case 'ENOENT': break; }",
  ],
  invalid: [
    {
      code: "import { apiError } from '@monitorqa/errors'; throw apiError('NOT_FOUNDD');",
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { code: 'NOT_FOUNDD', suggestion: 'NOT_FOUND' },
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { suggestion: 'NOT_FOUND' },
              output: "import { apiError } from '@monitorqa/errors'; throw apiError('NOT_FOUND');",
            },
          ],
        },
      ],
    },
    {
      code: "if (isApiError(err) && err.code === 'NOPE') {}",
      errors: [{ messageId: 'unknownCode', data: { code: 'NOPE' } }],
    },
  ],
});

jsRuleTester.run('no-raw-status-check (espree)', noRawStatusCheck, {
  valid: ['if (r.status === 200) {}', 'if (r.status === code) {}'],
  invalid: [
    {
      code: 'if (isApiError(err) && err.status === 500) {}',
      output: "if (isApiError(err) && isApiError(err, 'INTERNAL_SERVER_ERROR')) {}",
      errors: [{ messageId: 'rawStatus', data: { status: 500, codes: 'INTERNAL_SERVER_ERROR' } }],
    },
    {
      code: 'if (r.status === 500) {}',
      errors: [{ messageId: 'readAnswer', data: { status: 500, codes: 'INTERNAL_SERVER_ERROR' }, suggestions: [] }],
    },
  ],
});

jsRuleTester.run('no-undocumented-status (espree)', noUndocumentedStatus, {
  valid: [
    'res.status(404).json(body);',
    "res.redirect(302, '/login');",
    'res.status(302).end();',
    "c.text('hello', 3);",
  ],
  invalid: [
    {
      code: 'res.status(429).json(body);',
      errors: [
        {
          messageId: 'undocumented',
          data: { status: 429, documented: '200, 201, 204, 400, 401, 403, 404, 409, 422, 500, 502, 503' },
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 503, code: 'OVERLOADED' },
              output: 'res.status(503).json(body);',
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-error-envelope (espree)', requireErrorEnvelope, {
  valid: ["res.status(404).json({ error: { message: 'x', code: 'NOT_FOUND' } });", 'res.status(200).send("ok");'],
  invalid: [
    {
      code: "res.status(404).json({ message: 'No such monitor' });",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 404 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'NOT_FOUND' },
              output: "res.status(404).json({ error: { message: 'No such monitor', code: 'NOT_FOUND' } });",
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('code-status-mismatch (espree)', codeStatusMismatch, {
  valid: ["res.status(404).json({ error: { message: 'x', code: 'NOT_FOUND' } });"],
  invalid: [
    {
      code: "res.status(500).json({ error: { message: 'x', code: 'MAINTENANCE' } });",
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'MAINTENANCE', expected: 503, status: 500 },
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'MAINTENANCE', expected: 503 },
              output: "res.status(503).json({ error: { message: 'x', code: 'MAINTENANCE' } });",
            },
          ],
        },
      ],
    },
  ],
});
