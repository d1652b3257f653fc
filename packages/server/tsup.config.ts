import { defineLibrary } from '../../tsup.base.js';

// One entry per subpath: the root is the framework-neutral core, each adapter its own file,
// so an Express service never loads Fastify.
export default defineLibrary(
  {
    index: 'src/index.ts',
    express: 'src/adapters/express.ts',
    fastify: 'src/adapters/fastify.ts',
    web: 'src/adapters/web.ts',
    hono: 'src/adapters/hono.ts',
    node: 'src/adapters/node.ts',
    koa: 'src/adapters/koa.ts',
    nest: 'src/adapters/nest/index.ts',
    otel: 'src/helpers/otel.ts',
  },
  { external: ['express', 'fastify', 'hono', 'koa', '@opentelemetry/api', /^@nestjs\//] },
);
