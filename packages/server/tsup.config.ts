import { defineLibrary } from '../../tsup.base.js';

export default defineLibrary(['src/index.ts', 'src/express.ts', 'src/fastify.ts', 'src/web.ts', 'src/hono.ts', 'src/node.ts', 'src/otel.ts', 'src/koa.ts', 'src/nest.ts'], {
  external: ['express', 'fastify', 'hono', 'koa', '@opentelemetry/api', /^@nestjs\//],
});
