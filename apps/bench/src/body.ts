// Reading a request body: the contract's parser (UTF-8 check, JSON, prototype keys dropped)
// against bare `JSON.parse` of the same text, on a ~700 KB body as sent, with one escaped
// character, and with `constructor` / `__proto__` keys (before authentication, any client can
// send these: the parse must not cost many times `JSON.parse`).
import { parseJsonBytes } from '../../../packages/server/src/body/policy.js';
import { compare, nsPerOp, report, rounds } from './measure.js';

const item = (i: number): object => ({
  id: `m${String(i)}`,
  name: `monitor ${String(i)}`,
  interval: 60,
  tags: ['a', 'b'],
  checks: [1, 2, 3],
});
const plain = JSON.stringify({ monitors: Array.from({ length: 7_000 }, (_, i) => item(i)) });
const BODIES = {
  plain,
  'one escaped character': plain.replace('"monitor 1"', '"\\u0041 monitor 1"'),
  'a constructor key': plain.replace('"interval":60', '"constructor":{"prototype":{"x":1}},"interval":60'),
  'a __proto__ key': plain.replace('"interval":60', '"__proto__":{"x":1},"interval":60'),
};

export async function benchBody(): Promise<void> {
  for (const [name, text] of Object.entries(BODIES)) {
    const bytes = new TextEncoder().encode(text);
    const samples = await rounds(
      {
        'JSON.parse (baseline)': () => nsPerOp(() => JSON.parse(text) as unknown, 20),
        '@monitorqa body parse': () => nsPerOp(() => parseJsonBytes(bytes), 20),
      },
      7,
    );
    report(
      `body-${name.replaceAll(' ', '-').replaceAll('_', '')}`,
      `Parsing a ${String(Math.round(bytes.byteLength / 1024))} KB body, ${name} (ns/op; ratio = JSON.parse time / ours, goal ≥ 0.67, i.e. at most 1.5×)`,
      compare(samples, 'JSON.parse (baseline)', 'ns', false),
    );
  }
}
