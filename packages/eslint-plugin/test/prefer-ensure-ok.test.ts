import rule from '../src/rules/prefer-ensure-ok.js';
import { ruleTester } from './rule-tester.js';

const message = (response: string, line = 3) => ({ messageId: 'preferEnsureOk' as const, data: { response }, line });

ruleTester.run('prefer-ensure-ok', rule, {
  valid: [
    {
      code: "const res = await fetch('/api/monitors');\nif (!res.ok) throw new Error('Could not load monitors');",
      name: 'client code (no server framework imported, no server package)',
    },
    {
      code: "import express from 'express';\nasync function check() {\n  const res = await client.createMeasurement(opts);\n  if (!res.ok) throw new Error('Failed to create measurement');\n}",
      name: "not a fetch Response: an SDK's own result",
    },
    {
      code: "import express from 'express';\nasync function probe() {\n  try {\n    const res = await fetch(url);\n    if (!res.ok) throw new Error('down');\n  } catch {\n    return 'DOWN';\n  }\n}",
      name: 'a throw caught in its own function',
    },
    {
      code: "import express from 'express';\nasync function load() {\n  const res = await fetch(url);\n  if (!res.ok) throw upstreamFailed(res, 'checker');\n}",
      name: 'an error of the contract thrown',
    },
  ],
  invalid: [
    {
      code: "import express from 'express';\nasync function loadPrice(url) {\n  const response = await this.fetchService.fetch(url, { signal: AbortSignal.timeout(2000) });\n  if (!response.ok) {\n    throw new Error(`Failed to scrape ${url}: ${response.status}`);\n  }\n  return response.json();\n}",
      name: "a fetch wrapper's response",
      errors: [
        {
          ...message('response', 4),
          column: 7,
          suggestions: [
            {
              messageId: 'useEnsureOk',
              data: { response: 'response' },
              output:
                "import express from 'express';\nasync function loadPrice(url) {\n  const response = await this.fetchService.fetch(url, { signal: AbortSignal.timeout(2000) });\n  await ensureOk(response);\n  return response.json();\n}",
            },
          ],
        },
      ],
    },
    {
      code: "import Koa from 'koa';\nconst res = await fetch(`${base}/status`);\nif (res.status >= 400) throw new Error('Status page down');",
      name: 'res.status >= 400 on a fetch Response, outside an async function: no suggestion',
      errors: [{ ...message('res'), suggestions: [] }],
    },
  ],
});
