// `pnpm demo`: the demo API on every adapter, driven through every documented status.
// `pnpm demo -- --serve[=express|fastify|hono|koa] [--port=N] [--allow-origin=URL]`: one server for manual curl use,
// logging 5xx by severity; a browser page on URL may call it (or set MONITORQA_ALLOW_ORIGIN).
import { STATUS_LIST } from '@monitorqa/errors';
import { runAgreement, type Row } from './agreement.js';
import { runKit } from './kit.js';
import { API_KEYS } from './api.js';
import { demos } from './harness.js';
import { logServerError } from './log.js';
import { formatTable } from './table.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]));

if (args.has('serve')) {
  const name = args.get('serve') ?? 'express';
  const start = demos[name];
  if (start === undefined) throw new Error(`Unknown adapter "${name}": use ${Object.keys(demos).join(', ')}.`);
  const server = await start({
    port: Number(args.get('port') ?? 3000),
    onServerError: logServerError,
    allowOrigin: args.get('allow-origin') ?? process.env.MONITORQA_ALLOW_ORIGIN,
  });
  console.log(`MonitorQA demo API (${name}) on ${server.url}
  read-only key: ${API_KEYS.read}
  admin key:     ${API_KEYS.admin}

  curl -i ${server.url}/monitors -H 'x-api-key: ${API_KEYS.read}'
  curl -i ${server.url}/monitors -H 'x-api-key: ${API_KEYS.admin}' -H 'content-type: application/json' \\
       -d '{"name":"api","kind":"http","url":"https://example.com","interval":60}'
Ctrl-C to stop.`);
} else {
  const rows: Row[] = [];
  for (const [name, start] of Object.entries(demos)) rows.push(...(await runAgreement(name, start)));
  console.log(formatTable(rows));
  const failed = rows.filter((r) => !r.agrees);
  const missing = Object.keys(demos).flatMap((a) =>
    STATUS_LIST.filter((s) => !rows.some((r) => r.adapter === a && r.status === s)).map((s) => `${a} ${s}`),
  );
  console.log(
    `\n${rows.length - failed.length} of ${rows.length} rows agree across ${Object.keys(demos).length} adapters; ${STATUS_LIST.length} documented statuses each.`,
  );
  if (missing.length > 0) console.log(`Statuses without a scenario: ${missing.join(', ')}`);
  // The same service under the probes every MonitorQA service runs in its own tests.
  const kit = await Promise.all(Object.entries(demos).map(([name, start]) => runKit(name, start)));
  console.log(
    `\nConformance kit (@monitorqa/errors-testkit): ${kit.map((k) => `${k.adapter} ${String(k.probes - k.failures.length)}/${String(k.probes)} ${k.failures.length === 0 ? '✓' : '✗'}`).join(', ')}`,
  );
  for (const k of kit) for (const failure of k.failures) console.log(`\n${k.adapter}: ${failure}`);
  if (failed.length > 0 || missing.length > 0 || kit.some((k) => k.failures.length > 0)) process.exitCode = 1;
}
