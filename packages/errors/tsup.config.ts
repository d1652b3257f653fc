import { defineLibrary } from '../../tsup.base.js';

export default defineLibrary(['src/index.ts', 'src/tooling.ts']);
