import { defineLibrary } from '../../tsup.base.js';

// `require('@monitorqa/eslint-plugin')` gives the plugin itself, as ESLint plugins do.
export default defineLibrary(['src/index.ts'], { cjsInterop: true, splitting: true });
