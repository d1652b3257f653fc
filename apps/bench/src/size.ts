// Bundle size: client + core beside ky and ofetch, all measured the same way
// (esbuild, browser, ESM, minified, gzip level 9).
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { report } from './measure.js';

async function gzipped(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).byteLength;
}

export async function benchSize(): Promise<void> {
  const ours = await gzipped(
    "export { createClient, matchError, isTransportError } from '@monitorqa/errors-client'; export { isApiError } from '@monitorqa/errors';",
  );
  const sizes = {
    '@monitorqa client + core': ours,
    ky: await gzipped("export { default } from 'ky';"),
    ofetch: await gzipped("export { ofetch } from 'ofetch';"),
  };
  report(
    'size',
    'Bundle size, minified + gzipped (B; ratio = ours / variant, higher means the variant is bigger)',
    Object.entries(sizes).map(([name, bytes]) => ({ name, median: bytes, unit: 'B', ratio: bytes / ours })),
  );
}
