import { defineLibrary } from '../../tsup.base.js';

// Browsers and edge runtimes too: nothing Node-only may end up in the bundle.
export default defineLibrary(['src/index.ts', 'src/otel.ts', 'src/tanstack.ts', 'src/routes.ts'], {
  platform: 'neutral',
  target: 'es2022',
  external: ['@opentelemetry/api'],
});
