// Server code compares third parties' statuses (an OAuth provider, S3, a queue's management API,
// the server's own ctx.status): those are not MonitorQA answers, and the rule stays silent there.
import { fileURLToPath } from 'node:url';
import rule from '../src/rules/no-raw-status-check.js';
import { jsRuleTester, ruleTester } from './rule-tester.js';

const serverPackageFile = fileURLToPath(
  new URL('./fixtures/server-package/monitor-types/rabbitmq.js', import.meta.url),
);

ruleTester.run('no-raw-status-check: server code', rule, {
  valid: [
    {
      code: "import Koa from 'koa';\nif (ctx.status === 404) { ctx.redirect('/'); }",
      name: "Koa's own ctx.status",
    },
    {
      code: "import express from 'express';\nconst res = await fetch(`${provider}/oauth/token`);\nif (res.status === 401) throw new Error('Token refused');",
      name: "an OAuth provider's answer in an Express service",
    },
    {
      code: "import { Injectable } from '@nestjs/common';\ntry { await s3.headObject(params); } catch (err) { if (err.status === 404) return null; }",
      name: "S3's error in a Nest service",
    },
  ],
  invalid: [
    {
      code: "import express from 'express';\nimport { ApiError } from '@monitorqa/errors';\ndeclare const err: unknown;\nif (err instanceof ApiError && err.status === 409) {}",
      name: 'our ApiError, even in server code',
      errors: [
        {
          messageId: 'rawStatus',
          data: { status: 409, codes: 'CONFLICT or RESOURCE_ALREADY_EXISTS' },
          line: 4,
          column: 32,
          suggestions: ['CONFLICT', 'RESOURCE_ALREADY_EXISTS'].map((code) => ({
            messageId: 'checkCode' as const,
            data: { object: 'err', code },
            output: `import express from 'express';\nimport { ApiError } from '@monitorqa/errors';\ndeclare const err: unknown;\nif (err instanceof ApiError && isApiError(err, '${code}')) {}`,
          })),
        },
      ],
    },
    {
      code: "const res = await fetch('/api/monitors/1');\nif (res.status === 404) showEmpty();",
      name: 'client code still reads answers raw',
      errors: [
        {
          messageId: 'readAnswer',
          data: { status: 404, codes: 'NOT_FOUND or ROUTE_NOT_FOUND or RESOURCE_NOT_FOUND' },
          line: 2,
        },
      ],
    },
  ],
});

jsRuleTester.run('no-raw-status-check: a package that depends on a server framework', rule, {
  valid: [
    {
      code: "const res = await axios.get(url, { validateStatus: () => true });\nif (res.status === 401) throw new Error('Management API refused the credentials');",
      filename: serverPackageFile,
    },
  ],
  invalid: [],
});
