// Statuses carried by a service's own error classes, in the file or imported from it.
import { fileURLToPath } from 'node:url';
import { STATUS_LIST } from '@monitorqa/errors';
import rule from '../src/rules/no-undocumented-status.js';
import { ruleTester } from './rule-tester.js';

const documented = STATUS_LIST.join(', ');
const filename = fileURLToPath(new URL('./fixtures/error-classes/src/routes.ts', import.meta.url));
const undocumented = (status: number, line: number, column: number) => ({
  messageId: 'undocumented' as const,
  data: { status, documented },
  line,
  column,
});

ruleTester.run('no-undocumented-status: error classes of the service', rule, {
  valid: [
    {
      code: "import { InternalServiceError } from './errors';\nimport { StatusCodes } from 'http-status-codes';\nthrow new InternalServiceError(StatusCodes.NOT_FOUND, 'Chatflow not found');",
      filename,
      name: 'an imported class with a documented status',
    },
    {
      code: "import { PlainError } from './errors';\nthrow new PlainError(412);",
      filename,
      name: 'an imported class that carries no status',
    },
    {
      code: "import { InternalServiceError } from './no-such-module';\nthrow new InternalServiceError(412, 'x');",
      filename,
      name: 'a module that cannot be found',
    },
    {
      code: 'class Timer {\n  constructor(ms) {\n    this.ms = ms;\n  }\n}\nnew Timer(429);',
      name: 'a class that puts its parameter on anything but a status',
    },
  ],
  invalid: [
    {
      code: "import { InternalServiceError } from './errors';\nimport { StatusCodes } from 'http-status-codes';\nthrow new InternalServiceError(StatusCodes.PRECONDITION_FAILED, 'Flow is not valid');",
      filename,
      name: 'an imported class: its first parameter is this.statusCode',
      errors: [undocumented(412, 3, 32)],
    },
    {
      code: "import HttpError from './errors/index.js';\nthrow new HttpError('Slow down', 429);",
      filename,
      name: 'a default export with a parameter property, imported as .js',
      errors: [
        {
          ...undocumented(429, 2, 34),
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 503, code: 'OVERLOADED' },
              output: "import HttpError from './errors/index.js';\nthrow new HttpError('Slow down', 503);",
            },
          ],
        },
      ],
    },
    {
      code: "class ApiFailure extends HttpException {\n  constructor(message: string, status: number) {\n    super(message, status);\n  }\n}\nthrow new ApiFailure('Payment required', 402);",
      name: "a class of the file that hands its status to Nest's HttpException",
      errors: [undocumented(402, 6, 42)],
    },
  ],
});
