// Express 5, Fastify 5 and NestJS 11 over HTTP on 127.0.0.1: each variant's server in its own process,
// loaded by autocannon (bounded duration and connections), rounds alternated.
import autocannon from 'autocannon';
import { compare, report, rounds } from './measure.js';
import { startServer } from './server-process.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 3);

async function throughput(framework: string, variant: string): Promise<number> {
  const { url, child } = await startServer(framework, variant);
  try {
    await autocannon({ url, connections: 32, duration: 1 }); // warm-up
    const result = await autocannon({ url, connections: 32, duration: DURATION });
    if (result.non2xx !== 0 && !variant.endsWith('404'))
      throw new Error(`${variant}: ${result.non2xx} non-2xx answers`);
    return result.requests.average;
  } finally {
    child.kill();
  }
}

export async function benchHttp(): Promise<void> {
  for (const framework of ['express', 'fastify']) {
    const errors = await rounds(
      {
        'hand-written 404 (baseline)': () => throughput(framework, 'hand-404'),
        '@monitorqa apiError per request': () => throughput(framework, 'ours-404'),
        'http-errors createError(404)': () => throughput(framework, 'http-errors-404'),
        // Fastify only: what throwing costs before any library does anything.
        ...(framework === 'fastify'
          ? {
              'a prebuilt error thrown, bare error handler': () => throughput(framework, 'hand-throw-404'),
              '@monitorqa sendError(reply, apiError)': () => throughput(framework, 'ours-send-404'),
            }
          : {}),
      },
      3,
    );
    report(
      `http-${framework}-404`,
      `${framework}: a route answering 404 (req/s; ratio = share of hand-written throughput)`,
      compare(errors, 'hand-written 404 (baseline)', 'req/s', true),
    );
    if (framework === 'fastify') {
      const lookup = await rounds(
        {
          'hand-written 404 after the await (baseline)': () => throughput(framework, 'lookup-hand-404'),
          '@monitorqa apiError thrown after the await': () => throughput(framework, 'lookup-ours-404'),
        },
        3,
      );
      report(
        'http-fastify-lookup-404',
        'fastify: a route that awaits a lookup, then answers 404 (req/s)',
        compare(lookup, 'hand-written 404 after the await (baseline)', 'req/s', true),
      );
    }
    const success = await rounds(
      {
        'hand-written 200 (baseline)': () => throughput(framework, 'hand-200'),
        '@monitorqa ok() + send': () => throughput(framework, 'ours-200'),
      },
      3,
    );
    report(
      `http-${framework}-200`,
      `${framework}: a route answering 200 (req/s)`,
      compare(success, 'hand-written 200 (baseline)', 'req/s', true),
    );
  }
  const nest = await rounds(
    {
      "Nest's NotFoundException, its own filter (baseline)": () => throughput('nest', 'nest-404'),
      '@monitorqa apiError, ErrorContractFilter': () => throughput('nest', 'ours-404'),
    },
    3,
  );
  report(
    'http-nest-404',
    "nest (11, Express): a route answering 404 (req/s; ratio = share of Nest's own throughput)",
    compare(nest, "Nest's NotFoundException, its own filter (baseline)", 'req/s', true),
  );
}
