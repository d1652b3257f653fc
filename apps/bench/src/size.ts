// Bundle size: client + core beside ky and ofetch, all measured the same way: esbuild (browser, ESM,
// minified, gzip level 9) on the exports alone, then what each adds to a Vite production build of an app.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { report } from './measure.js';

const LIBRARIES = {
  '@monitorqa client + core': {
    exports:
      "export { createClient, matchError, isTransportError } from '@monitorqa/errors-client'; export { isApiError } from '@monitorqa/errors';",
    // What an app calls: one client, one error check.
    app: "import { createClient, isApiError } from '@monitorqa/errors-client';\nconst api = createClient({ baseUrl: '/api' });\napi.get('/monitors').then(console.log, (e) => console.log(isApiError(e) ? e.code : e));\n",
  },
  ky: {
    exports: "export { default } from 'ky';",
    app: "import ky from 'ky';\nky.get('/api/monitors').json().then(console.log, (e) => console.log(e.name));\n",
  },
  ofetch: {
    exports: "export { ofetch } from 'ofetch';",
    app: "import { ofetch } from 'ofetch';\nofetch('/api/monitors').then(console.log, (e) => console.log(e.name));\n",
  },
};
const EMPTY_APP = "fetch('/api/monitors').then((r) => r.json()).then(console.log, (e) => console.log(e.name));\n";

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

/** The gzipped JavaScript of a Vite production build of an app whose entry is `main`. */
async function viteApp(main: string): Promise<number> {
  const { build: viteBuild } = await import('vite');
  // Inside the bench's node_modules, so that the app resolves the bench's dependencies.
  const root = mkdtempSync(join(fileURLToPath(new URL('../node_modules/', import.meta.url)), '.vite-size-'));
  try {
    writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>\n');
    writeFileSync(join(root, 'main.js'), main);
    const output = await viteBuild({ root, logLevel: 'silent', configFile: false, build: { write: false } });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
    return chunks
      .filter((chunk) => chunk.type === 'chunk')
      .reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).byteLength, 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export async function benchSize(): Promise<void> {
  const sizes = Object.entries(LIBRARIES);
  const alone = await Promise.all(sizes.map(async ([name, { exports }]) => [name, await gzipped(exports)] as const));
  const ours = alone[0]![1];
  report(
    'size',
    'Bundle size, minified + gzipped (B; ratio = variant / ours, higher means the variant is bigger)',
    alone.map(([name, bytes]) => ({ name, median: bytes, unit: 'B', ratio: bytes / ours })),
  );
  // What the app pays: its Vite build with the library, less the same app on bare fetch.
  const empty = await viteApp(EMPTY_APP);
  const inApp: [string, number][] = [];
  for (const [name, { app }] of sizes) inApp.push([name, (await viteApp(app)) - empty]);
  const ourApp = inApp[0]![1];
  report(
    'size-vite',
    `A Vite production build: what each library adds to an app's gzipped JavaScript (B; the same app on bare fetch is ${empty} B; ratio = variant / ours)`,
    inApp.map(([name, bytes]) => ({ name, median: bytes, unit: 'B', ratio: bytes / ourApp })),
  );
}
