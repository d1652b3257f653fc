import { defineLibrary } from '../../tsup.base.js';

export default defineLibrary(['src/index.ts', 'src/msw.ts', 'src/cli.ts'], { external: ['msw', 'jiti'] });
