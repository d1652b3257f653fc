// `pnpm bench [serialize|body|http|instructions|client|client-instructions|size|lint]`: every benchmark, or the ones named.
import { cpus } from 'node:os';
import { benchBody } from './body.js';
import { benchClient } from './client.js';
import { benchClientInstructions } from './client-instructions.js';
import { benchHttp } from './http.js';
import { benchInstructions } from './instructions.js';
import { benchLint } from './lint.js';
import { benchSerialize } from './serialize.js';
import { benchSize } from './size.js';

const all = {
  serialize: benchSerialize,
  body: benchBody,
  size: benchSize,
  lint: benchLint,
  client: benchClient,
  http: benchHttp,
  instructions: benchInstructions,
  'client-instructions': benchClientInstructions,
};
const chosen = process.argv.slice(2).filter((a) => a !== '--');
console.log(
  `MonitorQA benchmarks, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
);
for (const [name, run] of Object.entries(all)) if (chosen.length === 0 || chosen.includes(name)) await run();
